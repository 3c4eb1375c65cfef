"""Everything that touches audio and video bytes: camera, sound, WebRTC tracks, the video cache, the player."""
