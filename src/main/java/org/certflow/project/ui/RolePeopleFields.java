package org.certflow.project.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.certflow.catalog.Standard;
import org.certflow.project.StandardsScope;
import org.certflow.security.People;
import org.certflow.security.Person;
import org.certflow.security.Role;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * One field per project role, offering only the people an administrator allowed to hold it: several control
 * owners, one person for each other role. The AI governance lead is asked for only with ISO 42001.
 */
class RolePeopleFields extends FormLayout {

    private final MultiSelectComboBox<Person> controlOwners = new MultiSelectComboBox<>(
            Role.CONTROL_OWNER.label() + "s");
    private final Map<Role, ComboBox<Person>> single = new EnumMap<>(Role.class);

    RolePeopleFields(People people) {
        for (Role role : Role.values()) {
            List<Person> eligible = people.eligibleFor(role);
            ComboBoxBase<?, Person, ?> field;
            if (role == Role.CONTROL_OWNER) {
                controlOwners.setItems(eligible);
                controlOwners.setHelperText("One or more; each applicable control gets one of them as owner.");
                field = controlOwners;
            } else {
                ComboBox<Person> box = new ComboBox<>(role.label(), eligible);
                single.put(role, box);
                field = box;
            }
            field.setId("role-" + role.groupId());
            field.setItemLabelGenerator(Person::displayName);
            field.setManualValidation(true);
            field.addValueChangeListener(e -> field.setInvalid(false));
            if (eligible.isEmpty()) {
                field.setHelperText("Nobody may hold this role yet: an administrator must allow someone first.");
            }
            add(field);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        showRolesOf(null);
    }

    ComboBoxBase<?, Person, ?> field(Role role) {
        return role == Role.CONTROL_OWNER ? controlOwners : single.get(role);
    }

    /** Shows the field of each role the standards need; with none chosen yet, those every project needs. */
    void showRolesOf(StandardsScope standards) {
        field(Role.AI_GOVERNANCE_LEAD).setVisible(standards != null && standards.includes(Standard.ISO42001));
    }

    /** Proposes someone for a role if they may hold it (the project manager creating the project, say). */
    void propose(Role role, String username) {
        single.get(role).getListDataView().getItems().filter(p -> p.username().equals(username)).findFirst()
                .ifPresent(single.get(role)::setValue);
    }

    /** The usernames chosen for each role the standards need; hidden fields are left out. */
    Map<Role, Set<String>> value(StandardsScope standards) {
        Map<Role, Set<String>> value = new EnumMap<>(Role.class);
        Set<Role> roles = standards == null ? Set.of(Role.values()) : standards.requiredRoles();
        for (Role role : roles) {
            if (field(role).isVisible()) {
                value.put(role, chosen(role).map(Person::username).collect(Collectors.toSet()));
            }
        }
        return value;
    }

    private Stream<Person> chosen(Role role) {
        return role == Role.CONTROL_OWNER ? controlOwners.getValue().stream()
                : Optional.ofNullable(single.get(role).getValue()).stream();
    }
}
