package org.meridian.core.balance;

/**
 * A channel of international cooperation with its two sides. In every channel <b>bringing in</b> (引进来) is the side
 * where the partner comes to the home side, to its campus or under its leadership, and <b>going global</b> (走出去)
 * the side where the home side goes to the partner, to its country or under its leadership.
 */
public enum Channel {

    STUDENTS("Students", "学生",
            "inbound international students (degree and credit mobility)", "来华（入境）国际学生",
            "outbound home students studying abroad", "出国（出境）留学的本方学生"),
    STAFF_AND_SCHOLARS("Staff and scholars", "教师与学者",
            "foreign staff and visiting scholars coming to the home side", "来访的外籍教师与访问学者",
            "home staff and scholars going abroad", "出访的本方教师与学者"),
    PROGRAMMES("Programmes", "项目与办学",
            "joint programmes and institutes brought in and run at home with foreign partners",
            "引进并在本方举办的中外合作办学项目与机构",
            "programmes, campuses and open courses run abroad", "在境外开设的项目、校区与开放课程"),
    RESEARCH("Research", "科研",
            "internationally co-authored works led by the home side (corresponding author at home)",
            "由本方牵头（通讯作者属本方）的国际合著成果",
            "internationally co-authored works led by the partner (corresponding author abroad)",
            "由外方牵头（通讯作者属外方）的国际合著成果"),
    GOVERNANCE("Governance", "国际治理",
            "engagements hosted or led by the home side", "由本方主办或牵头的国际活动",
            "engagements attended by the home side", "本方参加的国际活动");

    private final String englishName;
    private final String chineseName;
    private final String bringingInEnglish;
    private final String bringingInChinese;
    private final String goingGlobalEnglish;
    private final String goingGlobalChinese;

    Channel(String englishName, String chineseName, String bringingInEnglish, String bringingInChinese,
            String goingGlobalEnglish, String goingGlobalChinese) {
        this.englishName = englishName;
        this.chineseName = chineseName;
        this.bringingInEnglish = bringingInEnglish;
        this.bringingInChinese = bringingInChinese;
        this.goingGlobalEnglish = goingGlobalEnglish;
        this.goingGlobalChinese = goingGlobalChinese;
    }

    public String englishName() {
        return englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** What is counted on the bringing-in side, in English. */
    public String bringingInEnglish() {
        return bringingInEnglish;
    }

    public String bringingInChinese() {
        return bringingInChinese;
    }

    /** What is counted on the going-global side, in English. */
    public String goingGlobalEnglish() {
        return goingGlobalEnglish;
    }

    public String goingGlobalChinese() {
        return goingGlobalChinese;
    }
}
