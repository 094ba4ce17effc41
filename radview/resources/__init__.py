"""Shipped resources: models, default protocols, standard image set, icons."""
