"""The kanban board: one lazily-filled list model per status column, a painted card delegate."""
