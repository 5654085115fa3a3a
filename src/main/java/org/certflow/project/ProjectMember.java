package org.certflow.project;

import org.certflow.security.Role;
import org.springframework.data.relational.core.mapping.Table;

/** A person holding a role in a project. */
@Table("project_member")
public record ProjectMember(Role role, String username) {
}
