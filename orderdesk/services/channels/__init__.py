"""Sales channels: web stores and marketplaces that orders come from and statuses go back to."""
