"""StreamField blocks for programme content. Lists are StreamBlocks so translations keep
their structure (wagtail-localize handles StreamBlock children better than ListBlock)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from base.rich_text import RICH_TEXT_FEATURES


class CalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        description = _("A highlighted box for a key point or a practical note.")
        preview_value = {"heading": "Husk", "text": "<p>Ta med årshjulet til samlingen.</p>"}
        template = "programme/blocks/callout.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation with its source.")
        preview_value = {"quote": "Ledelse er å skape retning.", "attribution": "Deltaker, 2025"}
        template = "programme/blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("A picture with alternative text and an optional caption.")
        template = "programme/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"))
    title = blocks.CharBlock(
        label=_("title"), help_text=_("Names the video for screen readers and in lists.")
    )

    class Meta:
        icon = "media"
        label = _("Video")
        description = _("A video from YouTube or Vimeo, with a title for screen readers.")
        template = "programme/blocks/video.html"


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(label=_("time"), max_length=20, help_text=_("e.g. 09:30–10:15"))
    activity = blocks.CharBlock(label=_("activity"))
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "time"
        label = _("Agenda item")


class AgendaBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    items = blocks.StreamBlock([("item", AgendaItemBlock())], label=_("items"))

    class Meta:
        icon = "list-ul"
        label = _("Agenda")
        description = _("The programme of a session, item by item.")
        preview_value = {
            "heading": "Dagen",
            "items": [
                ("item", {"time": "09.00", "activity": "Velkommen", "description": ""}),
                ("item", {"time": "09.30", "activity": "Arbeid i grupper", "description": ""}),
            ],
        }
        template = "programme/blocks/agenda.html"


class BodyBlock(blocks.StreamBlock):
    """The shared body of programme, module and tool pages."""

    text = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        description=_("Paragraphs, headings, lists and links."),
        preview_value="<h2>Om samlingen</h2><p>Vi arbeider med egne data.</p>",
    )
    callout = CalloutBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    video = VideoBlock()
    agenda = AgendaBlock()


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"))
    role = blocks.CharBlock(label=_("role"), required=False)
    email = blocks.EmailBlock(label=_("email"), required=False)
    phone = blocks.CharBlock(label=_("phone"), required=False, max_length=30)

    class Meta:
        icon = "user"
        label = _("Contact person")
        description = _("Someone readers can contact about the programme.")
        preview_value = {"name": "Kari Nordmann", "role": "Rådgiver", "email": "kari@example.org"}
        template = "programme/blocks/contact.html"


class QuestionsBlock(blocks.StreamBlock):
    question = blocks.TextBlock(
        label=_("Question"),
        icon="help",
        description=_("One question for the participants to reflect on."),
        preview_value="Hva kjennetegner god læring hos oss?",
    )


class ScaleQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=250)
    low = blocks.CharBlock(label=_("meaning of 1"), max_length=60, help_text=_('e.g. "Not at all"'))
    high = blocks.CharBlock(label=_("meaning of 5"), max_length=60, help_text=_('e.g. "Very much"'))

    class Meta:
        icon = "list-ol"
        label = _("Scale from 1 to 5")
        description = _("A statement or question answered on a scale from 1 to 5.")
        preview_value = {"question": "Hvor nyttig var samlingen?", "low": "Lite", "high": "Svært"}


class TextQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=250)

    class Meta:
        icon = "comment"
        label = _("Free text")
        description = _("A question answered in the participant's own words.")
        preview_value = {"question": "Hva tar du med deg?"}


class EvaluationBlock(blocks.StreamBlock):
    """A session evaluation. Answers are kept by block id, which a translation keeps,
    so Norwegian and Danish answers to one question count together."""

    scale = ScaleQuestionBlock()
    text = TextQuestionBlock()

    class Meta:
        max_num = 12
