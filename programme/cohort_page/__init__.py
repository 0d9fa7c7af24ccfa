"""The cohort page: the private page of one cohort's gatherings, with its calendar,
timeline, annual wheel, the tasks' checklist and what the page shows its people. The
people themselves (members, teams, enrolment, attendance) are the `cohorts` app's."""
