"""One file's text -> records: reading, cleaning, metadata, places, figures, slogans, terms.

Pure functions of their arguments; nothing here imports the engine or pandas.
"""
