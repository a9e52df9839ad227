// Who may call each mutating route: the expectations of the access-matrix test. Every mutating route
// of the app must be here (the test lists the ones that are not), so a new route is judged too.
//
// Actors: a visitor; the city's admin, leader (lanhdao), coordinator (vhtt); the officers of Phường 7
// and Phường 8; a viewer (xem); the province's leader (tinh); another city's coordinator. Routes on a
// record name the actors who may act on that record: the test's records belong to Vũng Tàu and, where
// they have an owner unit, to Phường 7. Routes without a record name who may call them in their own
// scope (another city's coordinator records a meeting of their own city, say).

export const actors = ['visitor', 'admin', 'leader', 'coordinator', 'officerP7', 'officerP8', 'viewer', 'province', 'otherCity'] as const;
export type ActorName = (typeof actors)[number];

const signedIn: ActorName[] = actors.filter((actor) => actor !== 'visitor');
const directors: ActorName[] = ['leader', 'coordinator'];

/** 'public': anyone, signed in or not; otherwise the actors allowed. */
export type Access = 'public' | ActorName[];

export const access: Record<string, Access> = {
  // Signing in and out, and one's own account.
  'POST /api/auth/login': 'public',
  'POST /api/auth/login/second-factor': 'public',
  'POST /api/auth/logout': 'public',
  'POST /api/auth/password': signedIn,
  'DELETE /api/auth/sessions/:handle': signedIn,
  'POST /api/auth/sessions/end-others': signedIn,
  'POST /api/auth/second-factor/setup': signedIn,
  'POST /api/auth/second-factor/confirm': signedIn,
  'POST /api/auth/second-factor/disable': signedIn,
  'POST /api/auth/second-factor/recovery-codes': signedIn,
  'POST /api/notifications/read-all': signedIn,
  'POST /api/notifications/:id/read': ['officerP7'],

  // Accounts: the city's administrator.
  'POST /api/users': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'POST /api/users/:id/reset-password': ['admin'],
  'POST /api/users/:id/reset-second-factor': ['admin'],
  'POST /api/users/:id/identities': ['admin'],
  'DELETE /api/users/:id/identities/:identityId': ['admin'],

  // Plans: the city's coordinator and administrator; a new plan also by another city's (for their city)
  // and by the province's leader (the province's own plan).
  'POST /api/plans': ['admin', 'coordinator', 'otherCity', 'province'],
  'PUT /api/plans/:id': ['admin', 'coordinator'],
  'DELETE /api/plans/:id': ['admin', 'coordinator'],
  'POST /api/plans/:id/issue': ['admin', 'coordinator'],
  'POST /api/plans/:id/amendments': ['admin', 'coordinator'],
  'POST /api/plans/:id/import': ['admin', 'coordinator'],
  'POST /api/plans/:id/text-proposal': ['admin', 'coordinator'],

  // Tasks, meetings and directives: the city's coordinator and leaders direct; the owner unit reports.
  'POST /api/tasks': [...directors, 'otherCity'],
  'PATCH /api/tasks/:id': directors,
  'POST /api/tasks/:id/reschedule': directors,
  'POST /api/tasks/:id/updates': ['officerP7'],
  'POST /api/tasks/:id/updates/with-files': ['officerP7'],
  'POST /api/meetings': [...directors, 'otherCity'],
  'POST /api/meetings/:id/conclusions': directors,
  'POST /api/meetings/:id/minutes': directors,
  'PATCH /api/directives/:id': directors,
  'POST /api/directives/:id/updates': ['officerP7'],
  'POST /api/directives/:id/updates/with-files': ['officerP7'],
  'POST /api/reminders/run': ['coordinator', 'otherCity'],

  // Monthly reporting: units enter and submit their own; the city's coordinator and leaders decide.
  'PUT /api/reporting/calendar': ['coordinator', 'otherCity'],
  'POST /api/reporting/submissions': ['coordinator', 'officerP7', 'officerP8', 'otherCity'],
  'PUT /api/reporting/submissions/:id/figures': ['officerP7'],
  'POST /api/reporting/submissions/:id/evidence': ['officerP7'],
  'POST /api/reporting/submissions/:id/submit': ['officerP7'],
  'POST /api/reporting/submissions/:id/approve': directors,
  'POST /api/reporting/submissions/:id/return': directors,
  'POST /api/reporting/submissions/:id/reopen': ['coordinator'],
  'POST /api/reporting/reminders': ['coordinator', 'otherCity'],

  // Field reports: citizens file; the city's coordinator and leaders triage; the assigned unit works it;
  // a leader extends; the coordinator and the administrator keep the setup.
  'POST /api/field-reports': 'public',
  'POST /api/field-reports/with-photos': 'public',
  'POST /api/field-reports/track/:code/support': 'public',
  'POST /api/field-reports/categories': ['admin', 'coordinator', 'otherCity'],
  'PATCH /api/field-reports/categories/:id': ['admin', 'coordinator'],
  'POST /api/field-reports/routing-rules': ['admin', 'coordinator', 'otherCity'],
  'DELETE /api/field-reports/routing-rules/:id': ['admin', 'coordinator'],
  'PUT /api/field-reports/wards/:id/centre': ['admin', 'coordinator'],
  'POST /api/field-reports/:id/notes': [...directors, 'officerP7'],
  'POST /api/field-reports/:id/assign': directors,
  'POST /api/field-reports/:id/reject': directors,
  'POST /api/field-reports/:id/merge': directors,
  'POST /api/field-reports/:id/accept': ['officerP7'],
  'POST /api/field-reports/:id/updates': ['officerP7'],
  'POST /api/field-reports/:id/resolve': ['officerP7'],
  'POST /api/field-reports/:id/resolve/with-photos': ['officerP7'],
  'POST /api/field-reports/:id/transfer-back': ['officerP7'],
  'POST /api/field-reports/:id/extend': ['leader'],
  'POST /open311/v2/requests.:format': 'public',
  'POST /api/open311/keys': ['admin'],
  'POST /api/open311/keys/:id/revoke': ['admin'],

  // The national holiday calendar: the administrator.
  'POST /api/holiday-years/:year/adjustments': ['admin'],
  'DELETE /api/holiday-years/:year/adjustments/:id': ['admin'],
  'POST /api/holiday-years/:year/confirm': ['admin'],

  // The DX index's weights and the ward boundaries: the city's coordinator (and administrator for maps).
  'PUT /api/dx/weights': ['coordinator', 'otherCity'],
  'POST /api/gis/ward-boundaries': ['admin', 'coordinator', 'otherCity'],
  'DELETE /api/gis/ward-boundaries': ['admin', 'coordinator', 'otherCity'],
};
