"""Demo content of Ancora as plain Python data, read by the demo loader."""
