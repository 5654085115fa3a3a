-- The executive's send-backs of a management review, each with its reason, who and when: the review's page and
-- minutes show them (a sent-back review gathers its inputs again before the project manager prepares it anew).
create table management_review_send_back (
    management_review bigint        not null references management_review (id),
    send_back_index   integer       not null,
    reason            varchar(4000) not null,
    sent_back_by      varchar(100)  not null,
    sent_back_at      timestamp     not null,
    primary key (management_review, send_back_index)
);

-- Changes in context and objectives are gathered as input sections now, no longer typed into the preparation: what
-- was typed is kept as the project manager's notes on a section of those titles, so earlier minutes keep it.
insert into management_review_input (management_review, section_index, title, facts, notes)
select r.id, (select coalesce(max(i.section_index), -1) + 1 from management_review_input i
              where i.management_review = r.id),
       'Changes in external and internal issues and in interested parties'' needs', '', r.context_changes
from management_review r where r.context_changes is not null;

insert into management_review_input (management_review, section_index, title, facts, notes)
select r.id, (select coalesce(max(i.section_index), -1) + 1 from management_review_input i
              where i.management_review = r.id),
       'Fulfilment of objectives and the project''s progress', '', r.objectives
from management_review r where r.objectives is not null;

alter table management_review drop column context_changes;
alter table management_review drop column objectives;
