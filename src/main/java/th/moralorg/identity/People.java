package th.moralorg.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;

/**
 * Who a signed-in user is: name and office in Thai, and groups. Read as the system: with
 * authorization on, a user may not be allowed to read their own groups, and the page must show
 * them all the same.
 */
@Service
public class People {

    static final String DRA_OFFICE = "กรมการศาสนา";
    static final String MANAGERS_OFFICE = "ผู้บริหาร";
    static final String ADMINISTRATORS_OFFICE = "ผู้ดูแลระบบ";
    static final String COORDINATOR_OFFICE = "ผู้ประสานงานองค์กร";

    private final IdentityService identity;
    private final AsSystem asSystem;
    private final Provinces provinces;

    People(IdentityService identity, AsSystem asSystem, Provinces provinces) {
        this.identity = identity;
        this.asSystem = asSystem;
        this.provinces = provinces;
    }

    /** The person of a Camunda user id; empty for an id no user has (a user deleted meanwhile). */
    public Optional<Person> find(String userId) {
        return asSystem.call(() -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                return Optional.empty();
            }
            List<Group> groups = identity.createGroupQuery().groupMember(userId).orderByGroupId().asc().list();
            return Optional.of(new Person(userId, displayName(user), office(groups),
                    groups.stream().map(Group::getId).collect(Collectors.toSet())));
        });
    }

    /**
     * The Thai names of many users at once (first and last name, else the id), by user id; an id
     * no user has any more is missing. One query, however many ids.
     */
    public Map<String, String> names(Collection<String> userIds) {
        List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return asSystem.call(() -> identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(User::getId, People::displayName)));
    }

    /** The Thai names of groups (e.g. pco-50: สำนักงานวัฒนธรรมจังหวัดเชียงใหม่), by group id, in one query. */
    public Map<String, String> groupNames(Collection<String> groupIds) {
        List<String> ids = groupIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return asSystem.call(() -> identity.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(Group::getId, g -> g.getName() == null ? g.getId() : g.getName())));
    }

    /** A province office's group, pco-NN (not its head's). */
    public static boolean isOfficerGroup(String group) {
        return group.matches("pco-\\d{2}");
    }

    /** An organisation's own group, org-ID. */
    public static boolean isOrganisationGroup(String group) {
        return group.matches("org-\\d+");
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    /**
     * Every office the groups stand for, province offices first, then DRA, managers, organisations
     * and administrators; several are joined with " · ".
     */
    private String office(List<Group> groups) {
        Set<String> offices = new LinkedHashSet<>();
        for (Group group : groups) {
            if (isOfficerGroup(group.getId())) {
                provinces.findByCode(group.getId().substring(4)).map(Province::nameTh)
                        .ifPresent(name -> offices.add("สำนักงานวัฒนธรรมจังหวัด" + name));
            }
        }
        List<String> ids = groups.stream().map(Group::getId).toList();
        if (ids.contains(Roles.DRA)) {
            offices.add(DRA_OFFICE);
        }
        if (ids.contains(Roles.MANAGERS)) {
            offices.add(MANAGERS_OFFICE);
        }
        if (ids.stream().anyMatch(People::isOrganisationGroup)) {
            offices.add(COORDINATOR_OFFICE);
        }
        if (ids.contains(Roles.ADMINISTRATORS)) {
            offices.add(ADMINISTRATORS_OFFICE);
        }
        return String.join(" · ", offices);
    }
}
