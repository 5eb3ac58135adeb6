"""Tables -> answers for the notebooks: summaries, figure views, text-as-data, charts."""
