"""Reviewers' figure approval: compare generated figures and pages with the approved set,
show the differences in a gallery, and approve a new set."""
