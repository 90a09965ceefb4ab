package org.meridian.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.meridian.app.Page;
import org.meridian.app.PageQuery;
import org.meridian.app.agreements.Agreement;
import org.meridian.app.agreements.AgreementInput;
import org.meridian.app.agreements.ChangingAgreementStatus;
import org.meridian.app.agreements.RecordingAgreements;
import org.meridian.app.agreements.RenewalInput;
import org.meridian.app.agreements.RenewingAgreement;
import org.meridian.app.engagement.EngagementDraft;
import org.meridian.app.engagement.EngagementRecords;
import org.meridian.app.mobility.MobilityDraft;
import org.meridian.app.mobility.MobilityRecords;
import org.meridian.app.partners.Partner;
import org.meridian.app.partners.PartnerInput;
import org.meridian.app.partners.RecordingPartners;
import org.meridian.app.reference.Institution;
import org.meridian.app.reference.InstitutionQuery;
import org.meridian.app.reference.Institutions;
import org.meridian.app.reference.Organisation;
import org.meridian.app.reference.Organisations;
import org.meridian.core.agreements.AgreementStatus;
import org.springframework.stereotype.Component;

/**
 * Generates the demo institution's record from a seed: partners drawn from the world registry across regions,
 * agreements in every status, mobility over five academic years shaped like real flows of a Chinese university
 * (more outbound to OECD countries, more inbound from Belt and Road countries, most starts in September and
 * February) and engagements with UNESCO, OECD and Belt and Road networks. Dates follow the current academic
 * year, so the dashboard always has a "this year"; everything else follows from the seed.
 */
@Component
class DemoRecords {

    /** Destinations of outbound mobility, weighted like Chinese outbound student flows (OECD hosts first). */
    private static final String[] OECD_COUNTRIES = { "US", "US", "US", "GB", "GB", "AU", "JP", "DE", "DE", "CA", "FR",
            "KR", "NL", "IT", "SE", "CH", "NZ", "FI", "DK", "IE", "ES", "BE" };
    /** Origins of inbound mobility, Belt and Road partner countries first. */
    private static final String[] BRI_COUNTRIES = { "RU", "RU", "KZ", "KZ", "PK", "PK", "TH", "TH", "VN", "ID", "MY",
            "UZ", "MN", "LA", "KH", "EG", "KE", "NG", "ET", "HU", "RS", "BY", "TR", "SA", "AE", "KG", "NP", "BD", "LK" };
    private static final String[] ISCED_FIELDS = { "0111", "0213", "0232", "0311", "0413", "0421", "0511", "0531",
            "0533", "0541", "0612", "0613", "0613", "0711", "0713", "0714", "0714", "0715", "0731", "0811", "0912",
            "0913", "1015" };
    private static final String[] FAMILY_NAMES = { "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
            "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo" };
    private static final String[] GIVEN_NAMES = { "Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Jun", "Hao", "Xin",
            "Yu", "Ting", "Bo", "Lan", "Chen", "Rui", "Qian", "Tao", "Ning" };
    private static final String[] FOREIGN_FAMILY_NAMES = { "Ivanova", "Nurlanov", "Khan", "Somchai", "Nguyen",
            "Santoso", "Rahman", "Bat-Erdene", "Mensah", "Okafor", "Tesfaye", "Kovacs", "Petrovic", "Yilmaz",
            "Al-Farsi", "Sharma", "Smith", "Müller", "Tanaka", "Kim" };
    private static final String[] PROGRAMMES = { "Semester exchange", "Full-year exchange", "Summer school",
            "Joint doctoral training", "Double degree", "Research internship", "Chinese Government Scholarship programme",
            "Teaching visit", "Visiting research" };
    private static final String[] AGREEMENT_TYPES = { "student-exchange", "student-exchange", "mou", "research-cooperation",
            "staff-exchange", "joint-degree", "short-programme", "joint-institute" };

    private final Institutions institutions;
    private final Organisations organisations;
    private final RecordingPartners partners;
    private final RecordingAgreements agreements;
    private final ChangingAgreementStatus statusChanges;
    private final RenewingAgreement renewals;
    private final MobilityRecords mobility;
    private final EngagementRecords engagements;
    private final Clock clock;

    DemoRecords(Institutions institutions, Organisations organisations, RecordingPartners partners, RecordingAgreements agreements,
            ChangingAgreementStatus statusChanges, RenewingAgreement renewals, MobilityRecords mobility,
            EngagementRecords engagements, Clock clock) {
        this.institutions = institutions;
        this.organisations = organisations;
        this.partners = partners;
        this.agreements = agreements;
        this.statusChanges = statusChanges;
        this.renewals = renewals;
        this.mobility = mobility;
        this.engagements = engagements;
        this.clock = clock;
    }

    void seed(long seed, int mobilityRecords, Counts counts) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        int currentYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        Map<String, List<Partner>> partnersByCountry = seedPartners(random, counts);
        Map<Long, Long> agreementByPartner = seedAgreements(random, partnersByCountry, today, currentYear, counts);
        seedMobility(random, mobilityRecords, partnersByCountry, agreementByPartner, currentYear, today, counts);
        seedEngagements(random, currentYear, counts);
    }

    private Map<String, List<Partner>> seedPartners(Random random, Counts counts) {
        Map<String, List<Partner>> byCountry = new LinkedHashMap<>();
        List<String> countries = new ArrayList<>();
        for (String country : OECD_COUNTRIES) {
            if (!countries.contains(country)) {
                countries.add(country);
            }
        }
        for (String country : BRI_COUNTRIES) {
            if (!countries.contains(country)) {
                countries.add(country);
            }
        }
        for (String country : countries) {
            Page<Institution> universities = institutions.search(new InstitutionQuery(null, country, "education"),
                    new PageQuery(0, 60, null, false));
            if (universities.items().isEmpty()) {
                continue;
            }
            int wanted = country.equals("US") || country.equals("GB") || country.equals("RU") ? 3 : 1 + random.nextInt(2);
            List<Institution> pool = new ArrayList<>(universities.items());
            for (int i = 0; i < wanted && !pool.isEmpty(); i++) {
                Institution chosen = pool.remove(random.nextInt(pool.size()));
                String level = switch (random.nextInt(6)) {
                    case 0 -> "strategic";
                    case 1, 2, 3 -> "partner";
                    case 4 -> "contact";
                    default -> "prospective";
                };
                List<String> tags = new ArrayList<>();
                if (List.of(BRI_COUNTRIES).contains(country)) {
                    tags.add("belt-and-road");
                }
                if (level.equals("strategic")) {
                    tags.add("strategic");
                }
                Partner partner = partners.register(new PartnerInput("institution", chosen.nameEn(), chosen.nameZh(),
                        country, chosen.openalexId(), chosen.rorId(), null, "education", level, tags, List.of(),
                        "Demo partner drawn from the world registry (" + chosen.id() + ").", chosen.webPage(), null));
                byCountry.computeIfAbsent(country, key -> new ArrayList<>()).add(partner);
                counts.partners++;
            }
        }
        return byCountry;
    }

    /** Agreements in every status; returns one agreement in force per partner, for mobility to cite. */
    private Map<Long, Long> seedAgreements(Random random, Map<String, List<Partner>> partnersByCountry, LocalDate today,
            int currentYear, Counts counts) {
        Map<Long, Long> inForce = new LinkedHashMap<>();
        int index = 0;
        for (List<Partner> partnersOfCountry : partnersByCountry.values()) {
            for (Partner partner : partnersOfCountry) {
                String type = AGREEMENT_TYPES[random.nextInt(AGREEMENT_TYPES.length)];
                String fields = ISCED_FIELDS[random.nextInt(ISCED_FIELDS.length)].substring(0, 2);
                int plan = index++ % 10;
                LocalDate start = LocalDate.of(currentYear - 1 - random.nextInt(3), 9, 1);
                LocalDate end = start.plusYears(5).minusDays(1);
                String status = "active";
                if (plan == 0) {
                    status = "draft";
                }
                else if (plan == 1) {
                    status = "negotiating";
                }
                else if (plan == 2) {
                    end = today.plusDays(30 + random.nextInt(120));
                }
                else if (plan == 3) {
                    start = LocalDate.of(currentYear - 6, 9, 1);
                    end = today.minusDays(20 + random.nextInt(200));
                }
                Agreement agreement = agreements.register(new AgreementInput(
                        title(type, partner), type, status, status.equals("active") ? start.minusMonths(2).toString() : null,
                        start.toString(), end.toString(), "partner", null,
                        List.of(new AgreementInput.Party(partner.id(), "partner", null)), List.of(fields), List.of(),
                        List.of(), "Demo agreement.", null));
                counts.agreements++;
                if (plan == 4) {
                    statusChanges.transition(agreement.id(), AgreementStatus.TERMINATED, agreement.version());
                }
                else if (plan == 5) {
                    Agreement successor = renewals.renew(agreement.id(), new RenewalInput(null, "active",
                            today.minusDays(10).toString(), end.plusDays(1).toString(), end.plusYears(5).toString(),
                            List.of(), List.of(), agreement.version()));
                    counts.agreements++;
                    inForce.put(partner.id(), successor.id());
                }
                else if (plan >= 6 || plan == 2) {
                    inForce.put(partner.id(), agreement.id());
                }
            }
        }
        return inForce;
    }

    private void seedMobility(Random random, int records, Map<String, List<Partner>> partnersByCountry,
            Map<Long, Long> agreementByPartner, int currentYear, LocalDate today, Counts counts) {
        for (int i = 0; i < records; i++) {
            boolean outbound = random.nextDouble() < 0.56;
            boolean fromOecd = outbound ? random.nextDouble() < 0.72 : random.nextDouble() < 0.28;
            String[] countries = fromOecd ? OECD_COUNTRIES : BRI_COUNTRIES;
            String country = countries[random.nextInt(countries.length)];
            // more mobility in recent years: the office is growing
            int academicYear = currentYear - (int) Math.floor(Math.pow(random.nextDouble(), 1.4) * 5);
            double categoryDraw = random.nextDouble();
            String category = categoryDraw < 0.75 ? "student" : categoryDraw < 0.83 ? "staff-teaching"
                    : categoryDraw < 0.90 ? "staff-training" : "visiting-scholar";
            Integer level = category.equals("student") ? (random.nextDouble() < 0.45 ? 6
                    : random.nextDouble() < 0.64 ? 7 : 8) : null;
            LocalDate start = startDate(random, academicYear, category);
            LocalDate end = start.plusDays(durationDays(random, category) - 1L);
            Long partnerId = null;
            Long agreementId = null;
            List<Partner> local = partnersByCountry.get(country);
            if (local != null && random.nextDouble() < 0.7) {
                Partner partner = local.get(random.nextInt(local.size()));
                partnerId = partner.id();
                agreementId = random.nextDouble() < 0.6 ? agreementByPartner.get(partnerId) : null;
            }
            String funding = funding(random, outbound);
            String familyName = outbound ? FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)]
                    : FOREIGN_FAMILY_NAMES[random.nextInt(FOREIGN_FAMILY_NAMES.length)];
            MobilityDraft.PersonDraft person = new MobilityDraft.PersonDraft(familyName,
                    GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)], random.nextBoolean() ? "female" : "male",
                    outbound ? "CN" : country, LocalDate.of(1975 + random.nextInt(30), 1 + random.nextInt(12),
                            1 + random.nextInt(28)).toString(), null, "DEMO" + String.format("%05d", i));
            boolean cancelled = start.isAfter(today) ? false : random.nextDouble() < 0.02;
            mobility.create(new MobilityDraft(outbound ? "outbound" : "inbound", category, level, partnerId, country,
                    agreementId, ISCED_FIELDS[random.nextInt(ISCED_FIELDS.length)], start.toString(), end.toString(),
                    null, PROGRAMMES[random.nextInt(PROGRAMMES.length)], funding,
                    funding.equals("government-scholarship") ? (outbound ? "China Scholarship Council"
                            : "Chinese Government Scholarship") : null, cancelled, person, null));
            counts.mobility++;
        }
    }

    private static LocalDate startDate(Random random, int academicYear, String category) {
        double draw = random.nextDouble();
        if (!category.equals("student")) {
            return LocalDate.of(draw < 0.5 ? academicYear : academicYear + 1, draw < 0.5 ? 9 + random.nextInt(4)
                    : 1 + random.nextInt(8), 1 + random.nextInt(28));
        }
        if (draw < 0.58) {
            return LocalDate.of(academicYear, 9, 1 + random.nextInt(14));
        }
        if (draw < 0.88) {
            return LocalDate.of(academicYear + 1, 2 + random.nextInt(2), 1 + random.nextInt(14));
        }
        return LocalDate.of(academicYear + 1, 7, 1 + random.nextInt(20));
    }

    private static int durationDays(Random random, String category) {
        return switch (category) {
            case "student" -> random.nextDouble() < 0.15 ? 21 + random.nextInt(20) : random.nextDouble() < 0.7
                    ? 120 + random.nextInt(40) : 300 + random.nextInt(30);
            case "visiting-scholar" -> 90 + random.nextInt(270);
            default -> 7 + random.nextInt(21);
        };
    }

    private static String funding(Random random, boolean outbound) {
        double draw = random.nextDouble();
        if (outbound) {
            return draw < 0.35 ? "government-scholarship" : draw < 0.6 ? "institutional" : draw < 0.7 ? "partner-funded"
                    : "self-funded";
        }
        return draw < 0.5 ? "government-scholarship" : draw < 0.7 ? "partner-funded" : draw < 0.8 ? "institutional"
                : "self-funded";
    }

    private void seedEngagements(Random random, int currentYear, Counts counts) {
        String[][] plans = {
                { "UNESCO", "committee-seat", "member", "Member of the advisory committee on higher education", "FR" },
                { "UNESCO-ICHEI", "joint-initiative", "lead", "Digital teaching capacity for partner universities", "CN" },
                { "UNESCO-IITE", "policy-contribution", "contributor", "Contribution to guidelines on AI in education", "RU" },
                { "OECD", "policy-contribution", "contributor", "Country background report on tertiary education", "FR" },
                { "OECD", "conference-hosted", "attendee", "Education Policy Forum", "FR" },
                { "UASR", "joint-initiative", "member", "University Alliance of the Silk Road: joint summer school", "KZ" },
                { "UASR", "conference-hosted", "host", "Silk Road university presidents' forum", "CN" },
                { "ANSO", "joint-initiative", "contributor", "Alliance of International Science Organizations water programme", "PK" },
                { "SCO", "committee-seat", "member", "SCO University network expert group on energy", "RU" },
                { "APRU", "conference-hosted", "host", "APRU forum on sustainable cities", "CN" },
                { "ISO", "policy-contribution", "contributor", "Working group on e-learning quality standards", "CH" },
                { "IAU", "committee-seat", "vice-chair", "Administrative board", "FR" },
                { "ASEAN", "programme-abroad", "lead", "Joint master's programme taught in Malaysia", "MY" },
                { "UNESCO", "open-course", "lead", "Open course on Chinese civil engineering heritage", null },
                { "UNESCO", "adopted-abroad", "lead", "Textbook on renewable energy adopted by partner universities", "ET" },
                { "BRF", "conference-hosted", "attendee", "Belt and Road Forum: education cooperation session", "CN" } };
        for (int year = currentYear - 3; year <= currentYear; year++) {
            for (String[] plan : plans) {
                if (random.nextDouble() < 0.55) {
                    continue;
                }
                LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(27));
                LocalDate end = plan[1].equals("committee-seat") ? start.plusYears(3) : plan[1].equals("conference-hosted")
                        ? start.plusDays(2) : null;
                String organisation = organisations.byCode(plan[0]).map(Organisation::nameEn).orElse(plan[0]);
                engagements.create(new EngagementDraft(plan[0], organisation, null, plan[1], plan[2], plan[3],
                        start.toString(), end == null ? null : end.toString(), plan[4], null, null, "Demo engagement.",
                        null));
                counts.engagements++;
            }
        }
    }

    private static String title(String type, Partner partner) {
        String kind = switch (type) {
            case "student-exchange" -> "Student exchange";
            case "staff-exchange" -> "Staff exchange";
            case "joint-degree" -> "Double degree programme";
            case "joint-institute" -> "Joint institute";
            case "research-cooperation" -> "Research cooperation";
            case "short-programme" -> "Summer programme";
            default -> "Memorandum of understanding";
        };
        return kind + " with " + partner.name();
    }

    static final class Counts {
        int partners;
        int agreements;
        int mobility;
        int engagements;
    }
}
