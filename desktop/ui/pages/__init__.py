"""The pages of the window's centre, one at a time: the drop zone, one result, a batch."""
