"""The rich-text features editors get in every text field of every page type: headings
below the page's title, emphasis, links (to pages and documents) and lists. No images or
embeds in running text: a page's pictures and files have fields of their own."""

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]
