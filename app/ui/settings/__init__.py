"""Settings and the holiday schedules."""
