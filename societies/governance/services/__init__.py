"""Business actions of supervision, one module per area: supervision (set-up), board, meetings, returns,
effects (what the sweepers apply), flags. Each locks, checks permission, changes, saves and logs in one
transaction; notifications go out on commit."""
