"""Testing this PC's camera, microphone and speakers on the setup screen: one check per device."""
