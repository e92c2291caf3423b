"""Views of the learner's own pages: My learning, data export, account deletion, verification."""
