"""Tables -> answers for the notebooks: summaries, views of figures, text-as-data helpers, charts."""
