"""The network check: the hub, STUN and TURN, each line of the result and the command that prints it."""
