"""oo-classroom's screens. Widgets show the services' state and forward what the user does."""
