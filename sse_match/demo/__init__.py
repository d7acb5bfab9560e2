"""Synthetic demo data, generated with a fixed seed and labelled as demo."""
