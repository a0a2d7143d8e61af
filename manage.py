#!/usr/bin/env python
"""Django's command-line utility for Ancora."""

import os
import sys

from dotenv import load_dotenv

if __name__ == "__main__":
    load_dotenv()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
