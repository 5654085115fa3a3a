-- The due date of each task of an incident's handling, kept as the process set it when it created the task, and
-- when the task was done: a deadline done late, or still open after it, is a breach the incident list shows.
create table incident_deadline (
    incident    bigint      not null references incident (id),
    deadline_no integer     not null,
    breach      varchar(30) not null,
    task_id     varchar(64) not null,
    due_at      timestamp   not null,
    met_at      timestamp,
    primary key (incident, deadline_no)
);
