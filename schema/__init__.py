"""What the dataset promises, as data: the Table Schema, the codelist and the unit definitions."""
