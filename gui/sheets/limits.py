"""How much of a file the readers accept: every limit in one place, each with why it is what it is."""

from __future__ import annotations

# Zip packages (.xlsx .xlsm .xlsb .ods): sizes as declared in the zip directory, checked before anything is
# unpacked, and again as the bytes really come out (a directory can lie).
MAX_UNCOMPRESSED = 2 * 1024**3     # bytes, all parts together (and any one part as it is unpacked)
MAX_RATIO = 200                    # unpacked / packed size of one part; real sheets stay below 30
RATIO_FLOOR = 10 * 1024**2         # parts smaller than this may pack very well (styles, empty sheets)

# A sheet: what Excel itself can hold, and how many cells may be read at once (rows times columns, empty
# cells inside the rectangle included). calamine builds the whole rectangle from the first to the farthest
# cell before we see a value: one stray cell at XFD1048576 asks for 512 GB. The benchmark schedule (100,000
# rows of 19 columns) is 1.9 million cells and loads in about 320 MB; 5 million cells is 100,000 rows of 50
# columns or 260,000 rows of 19 (which load in about 850 MB).
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
MAX_CELLS = 5_000_000

# CSV and text files
MAX_CSV_BYTES = 200 * 1024**2      # read whole, then decoded (up to 4 bytes a character): 5 million cells
                                   # of text take well under this
