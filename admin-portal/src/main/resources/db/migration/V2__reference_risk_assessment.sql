-- The reference data of the project's technical risk assessment: its eight monitoring
-- indicators with their alert thresholds, and its ten risks with their impact, probability,
-- warning signs, mitigation measures and the indicators that watch them. Loaded once.
-- Intent misclassification has no indicator among the eight: its warning signs (intent error
-- logs, user feedback) are not measured by the portal yet.

insert into indicator (name, category, unit, measurement_method, description) values
 ('Uptime', 'Server health', '%',
  'MicroProfile Health checks of the portal, probed from outside; restart policy of the host',
  'Share of time the service answered its health checks over the last 30 days.'),
 ('API response time', 'API response', 'ms',
  'Request timings of the remote services, from the core''s metrics and Prometheus',
  'Response time of calls to remote services (95th percentile).'),
 ('STT word error rate', 'STT accuracy', '%',
  'Speech recognition benchmark runs on the reference recordings',
  'Word error rate of speech recognition on the benchmark recordings.'),
 ('TTS generation latency', 'TTS response time', 's',
  'Synthesis timings from the core''s metrics',
  'Time to synthesise a spoken answer.'),
 ('Backup validation', 'Database reliability', 'failures',
  'Nightly backup job followed by a test restore',
  'Failed validations of the latest backup; any failure is an alert.'),
 ('Token usage anomalies', 'Security', 'events',
  'Authentication logs: a revoked, expired or already used token presented again',
  'Unexpected reuse of API or session tokens.'),
 ('Exception count', 'Error rate', 'per hour',
  'Error logs and the error counters of the application metrics',
  'Unhandled exceptions per hour across the portal and the voice runtime.'),
 ('CPU usage', 'CPU usage', '%',
  'Prometheus scrape of process and system metrics',
  'Average CPU use of the host.');

insert into threshold (indicator_id, comparator, warning_value, critical_value, resolve_value,
                       hold_seconds, severity, channels, enabled)
select i.id, t.comparator, t.warning_value, t.critical_value, t.resolve_value, t.hold_seconds,
       t.severity, t.channels, true
from (values
   ('Uptime',                 'BELOW', null::double precision, 99.5::double precision, 99.7::double precision, 0,   'CRITICAL', 'CHAT,EMAIL'),
   ('API response time',      'ABOVE', null, 2000, 1500, 300, 'HIGH',     'CHAT,EMAIL'),
   ('STT word error rate',    'ABOVE', null, 15,   12,   0,   'MEDIUM',   'EMAIL'),
   ('TTS generation latency', 'ABOVE', null, 3,    2.5,  300, 'MEDIUM',   'EMAIL'),
   ('Backup validation',      'ABOVE', null, 0,    0,    0,   'CRITICAL', 'CHAT,EMAIL'),
   ('Token usage anomalies',  'ABOVE', null, 0,    0,    0,   'CRITICAL', 'CHAT,EMAIL'),
   ('Exception count',        'ABOVE', null, 10,   5,    0,   'HIGH',     'CHAT,EMAIL'),
   ('CPU usage',              'ABOVE', null, 80,   70,   600, 'HIGH',     'CHAT,EMAIL')
) as t(indicator, comparator, warning_value, critical_value, resolve_value, hold_seconds,
       severity, channels)
join indicator i on i.name = t.indicator;

insert into risk (title, description, impact, probability, score, level, warning_signs, owner,
                  review_date, status) values
 ('Database data loss',
  'Loss of user or configuration data after a crash or an improper shutdown.',
  'HIGH', 'MEDIUM', 6, 'HIGH', 'Error logs, failed Hibernate commits, missing records',
  'Operations', current_date + 90, 'OPEN'),
 ('Server downtime',
  'The portal or the voice service stops answering after an unexpected crash, an overload or a failure of its host.',
  'HIGH', 'MEDIUM', 6, 'HIGH', 'Uptime monitoring, health checks, CI/CD logs',
  'Operations', current_date + 90, 'OPEN'),
 ('Speech recognition failure',
  'The speech-to-text engine crashes or answers so slowly that it blocks the user.',
  'MEDIUM', 'MEDIUM', 4, 'MEDIUM', 'Exception logs, recognition timeouts',
  'Voice runtime', current_date + 90, 'OPEN'),
 ('Speech synthesis failure',
  'The text-to-speech engine stops answering or loses its connection.',
  'MEDIUM', 'MEDIUM', 4, 'MEDIUM', 'Missing audio responses, error rate in the logs',
  'Voice runtime', current_date + 90, 'OPEN'),
 ('Backend API communication failure',
  'Calls to the remote services the assistant relies on time out or fail authentication.',
  'HIGH', 'MEDIUM', 6, 'HIGH', 'HTTP 4xx/5xx in the logs, timeout alerts',
  'Voice runtime', current_date + 90, 'OPEN'),
 ('Security vulnerability',
  'A token is exposed, someone gains unauthorised access, or TLS is misconfigured.',
  'HIGH', 'LOW', 3, 'MEDIUM', 'Security scan results, audit logs',
  'Security', current_date + 90, 'OPEN'),
 ('Dependency version break',
  'An update of Java or of a library breaks compatibility.',
  'MEDIUM', 'MEDIUM', 4, 'MEDIUM', 'CI pipeline failures, dependency audit reports',
  'Development', current_date + 90, 'OPEN'),
 ('High CPU or memory use',
  'Audio processing or model inference overloads the host.',
  'MEDIUM', 'MEDIUM', 4, 'MEDIUM', 'System metrics, resource use above 80 %',
  'Operations', current_date + 90, 'OPEN'),
 ('Network disconnection',
  'The user or the server loses connectivity during a voice session.',
  'MEDIUM', 'MEDIUM', 4, 'MEDIUM', 'Connection timeouts in the logs',
  'Voice runtime', current_date + 90, 'OPEN'),
 ('Intent misclassification',
  'The intent classifier picks the wrong intent and the assistant does the wrong thing.',
  'MEDIUM', 'HIGH', 6, 'HIGH', 'Intent error logs, user feedback rate',
  'Voice runtime', current_date + 90, 'OPEN');

insert into mitigation (risk_id, position, description, status)
select r.id, m.position, m.description, 'PLANNED'
from (values
   ('Database data loss', 0, 'Automated daily backups'),
   ('Database data loss', 1, 'Test the restoration weekly'),
   ('Database data loss', 2, 'Use PostgreSQL transactions for every change'),
   ('Server downtime', 0, 'Health checks and a restart policy'),
   ('Server downtime', 1, 'Reverse proxy fallback'),
   ('Server downtime', 2, 'Error alerting by e-mail and chat'),
   ('Speech recognition failure', 0, 'Local fallback engine (Vosk)'),
   ('Speech recognition failure', 1, 'Graceful error handling and retry'),
   ('Speech recognition failure', 2, 'Cached responses for common commands'),
   ('Speech synthesis failure', 0, 'Retry'),
   ('Speech synthesis failure', 1, 'Offline fallback voice (FreeTTS, then espeak-ng)'),
   ('Speech synthesis failure', 2, 'Health endpoint for the speech synthesis engine'),
   ('Backend API communication failure', 0, 'Retry with exponential backoff'),
   ('Backend API communication failure', 1, 'Circuit breaker'),
   ('Backend API communication failure', 2, 'Cache for non-critical requests'),
   ('Security vulnerability', 0, 'Enforce HTTPS with TLS 1.2 or newer'),
   ('Security vulnerability', 1, 'Rotate API tokens regularly'),
   ('Security vulnerability', 2, 'Authentication on every endpoint'),
   ('Dependency version break', 0, 'Locked dependency versions'),
   ('Dependency version break', 1, 'Staging environment for updates'),
   ('Dependency version break', 2, 'Automated tests before deployment'),
   ('High CPU or memory use', 0, 'Faster model loading'),
   ('High CPU or memory use', 1, 'Asynchronous work'),
   ('High CPU or memory use', 2, 'Monitoring with Prometheus'),
   ('Network disconnection', 0, 'Automatic reconnection'),
   ('Network disconnection', 1, 'Resume the previous session state'),
   ('Network disconnection', 2, 'Local message caching'),
   ('Intent misclassification', 0, 'More training data'),
   ('Intent misclassification', 1, 'Clarification prompts to the user'),
   ('Intent misclassification', 2, 'Log and analyse false positives')
) as m(risk, position, description)
join risk r on r.title = m.risk;

insert into risk_indicator (risk_id, indicator_id)
select r.id, i.id
from (values
   ('Database data loss', 'Backup validation'),
   ('Database data loss', 'Exception count'),
   ('Server downtime', 'Uptime'),
   ('Server downtime', 'CPU usage'),
   ('Speech recognition failure', 'STT word error rate'),
   ('Speech recognition failure', 'Exception count'),
   ('Speech synthesis failure', 'TTS generation latency'),
   ('Speech synthesis failure', 'Exception count'),
   ('Backend API communication failure', 'API response time'),
   ('Backend API communication failure', 'Exception count'),
   ('Security vulnerability', 'Token usage anomalies'),
   ('Dependency version break', 'Exception count'),
   ('High CPU or memory use', 'CPU usage'),
   ('Network disconnection', 'API response time'),
   ('Network disconnection', 'Uptime')
) as l(risk, indicator)
join risk r on r.title = l.risk
join indicator i on i.name = l.indicator;

insert into audit_entry (actor, entity_type, entity_id, action, changes)
values ('system', 'ReferenceData', null, 'LOAD',
        '{"source":{"old":"","new":"technical risk assessment: 10 risks, 8 indicators"}}');
