"""Board, elections, general meetings, annual returns. Models arrive with the supervision issue."""
