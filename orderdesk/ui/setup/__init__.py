"""First start on a PC: where the shop's orders live (this PC alone, or the shop's server)."""
