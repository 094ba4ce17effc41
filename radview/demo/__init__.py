"""Synthetic demo patients with priors, plus the real images of pydicom-data."""
