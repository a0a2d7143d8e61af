"""Views around intervision pages: preparing, printing, follow-up and calendars."""
