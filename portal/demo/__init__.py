"""The bilingual demo district `manage.py load_demo` builds (content, images, loader)."""
