"""The live-lesson controller: signaling, links to the other side, chat, the media server (Janus)."""
