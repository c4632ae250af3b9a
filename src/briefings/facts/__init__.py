"""What is true: the conflict rule between sources, fact sheets per province and their trend
series. Pure pandas; nothing here reads files or writes prose."""
