"""How it reads: number and period formats, charts, the view model, fonts and rendering
(Jinja to HTML, WeasyPrint to PDF). Every word a reader sees is written here or in templates."""
