package org.certflow.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProjectRepository extends ListCrudRepository<Project, Long> {

    @Query("select p.* from project p where exists "
            + "(select 1 from project_member m where m.project = p.id and m.username = :username) order by p.name")
    List<Project> findByMember(String username);

    List<Project> findAllByOrderByName();

    Optional<Project> findByName(String name);
}
