"""The live lesson screens: starting or joining, the teacher's classroom grid, the classroom's view."""
