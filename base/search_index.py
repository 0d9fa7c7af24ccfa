"""Keep locale-sync aliases out of the search index: an alias repeats a page of the other
language, so it would show untranslated duplicates in search results."""


class OwnContentIndexMixin:
    def get_indexed_instance(self):
        return None if self.alias_of_id else super().get_indexed_instance()

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().filter(alias_of__isnull=True)
