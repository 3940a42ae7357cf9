"""Small widgets, labels and styles that several screens share."""
