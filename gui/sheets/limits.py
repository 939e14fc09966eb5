"""How much of a file the readers accept: every limit in one place, each with why it is what it is."""

from __future__ import annotations

# Zip packages (.xlsx .xlsm .xlsb .ods): sizes as declared in the zip directory, checked before anything is
# unpacked, and again as the bytes really come out (a directory can lie).
MAX_UNCOMPRESSED = 2 * 1024**3     # bytes, all parts together (and any one part as it is unpacked)
MAX_RATIO = 200                    # unpacked / packed size of one part; real sheets stay below 30
RATIO_FLOOR = 10 * 1024**2         # parts smaller than this may pack very well (styles, empty sheets)

# A sheet: what Excel itself can hold, and how many cells may be read at once. calamine builds the whole
# rectangle from the first to the farthest cell, 32 bytes a cell twice over, before we see a value: one
# stray cell at XFD1048576 asks for 512 GB. 10 million cells is 100,000 rows of 100 columns (the benchmark
# schedule has 1.9 million); a sheet that size takes about 1.5 GB to load.
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
MAX_CELLS = 10_000_000

# CSV and text files
MAX_CSV_BYTES = 512 * 1024**2      # the whole file is read into memory, then decoded
MAX_FIELD_CHARS = 131_072          # one field (Excel holds 32,767 characters in a cell)
