package org.policydesk.roster;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Common given names of US school staff (English, Spanish, Vietnamese, Chinese, Korean, Indian, Arabic and
 * Irish). Without a header, two columns of single capitalised words are a last and a first name; the one
 * whose values are more often on this list is the first name. Never used to reject a name.
 */
final class FirstNames {

    private static final Set<String> NAMES = Set.of(
            "aaron", "abigail", "adam", "agnes", "ahmed", "aisha", "alan", "albert", "alejandro", "alex",
            "alexander", "alexis", "ali", "alice", "alicia", "amanda", "amber", "amit", "amy", "ana",
            "andrea", "andres", "andrew", "angel", "angela", "anh", "anjali", "ann", "anna", "anne",
            "anthony", "antonio", "aoife", "april", "arjun", "arthur", "ashley", "austin", "ava", "avery",
            "bao", "barbara", "beatriz", "becky", "benjamin", "bernice", "betty", "beverly", "billy", "bobbie",
            "bobby", "bonnie", "bradley", "brandon", "brandy", "brenda", "brendan", "brian", "bridget", "brittany",
            "bruce", "bryan", "camila", "carl", "carlos", "carmen", "carol", "carolyn", "casey", "cathy",
            "charles", "charlotte", "cheryl", "chloe", "chris", "christian", "christina", "christine", "christopher", "ciaran",
            "colin", "connie", "courtney", "cristina", "crystal", "cynthia", "dana", "daniel", "daniela", "danielle",
            "david", "dawn", "debbie", "deborah", "debra", "declan", "deepak", "denise", "dennis", "diana",
            "diane", "diego", "dolores", "donald", "donna", "doris", "dorothy", "douglas", "duc", "dung",
            "dylan", "eamon", "edna", "eduardo", "edward", "elena", "elijah", "elizabeth", "ellen", "emilio",
            "emily", "emma", "enrique", "eric", "erin", "ethan", "ethel", "eugene", "eun", "evelyn",
            "faith", "fatima", "fernando", "fiona", "frances", "francisco", "frank", "gabriel", "gabriela", "gail",
            "gary", "george", "gerald", "gina", "gladys", "gloria", "grace", "gregory", "guadalupe", "hanh",
            "hannah", "hao", "harold", "hassan", "hazel", "heather", "hector", "helen", "henry", "hoa",
            "holly", "hong", "hope", "hui", "hung", "huong", "hyun", "ibrahim", "ida", "ines",
            "irene", "isabel", "isabella", "jack", "jacob", "jacqueline", "jae", "james", "jamie", "janet",
            "janice", "jason", "javier", "jean", "jeffrey", "jennifer", "jeremy", "jerry", "jesse", "jessica",
            "jesus", "ji", "jill", "jin", "jo", "joan", "joe", "john", "jonathan", "jordan",
            "jorge", "jose", "joseph", "joshua", "joy", "joyce", "juan", "juana", "judith", "judy",
            "julia", "julie", "jun", "june", "justin", "karen", "katherine", "kathleen", "kathryn", "kathy",
            "kavita", "kayla", "keith", "kelly", "kelsey", "kenneth", "kevin", "khanh", "kimberly",
            "kris", "kristen", "kristin", "kyle", "lan", "larry", "laura", "lauren", "lawrence",
            "leslie", "li", "liam", "linda", "lindsey", "linh", "lisa", "logan", "lois", "lori",
            "lucia", "lucille", "luis", "lupe", "luz", "lynn", "madison", "maeve", "manuel", "margaret",
            "maria", "mariana", "marie", "marilyn", "marjorie", "mark", "marsha", "marta", "martha", "mary",
            "mason", "mateo", "matthew", "megan", "mei", "melissa", "michael", "michelle", "miguel", "mildred",
            "min", "ming", "minh", "misty", "mohammed", "moira", "monica", "morgan", "muhammad", "nancy",
            "natalie", "nathan", "neha", "ngoc", "niamh", "nicholas", "nicole", "noah", "norma",
            "nuria", "ok", "olivia", "omar", "oscar", "pablo", "pamela", "pat", "patricia", "patrick",
            "patty", "paul", "paula", "pedro", "peggy", "peter", "philip", "phuong", "phyllis", "pilar",
            "ping", "pooja", "priya", "quinn", "rachel", "rafael", "rahul", "raj", "ralph", "ramon",
            "randy", "raquel", "raul", "ravi", "raymond", "rebecca", "ricardo", "richard", "riley", "rita",
            "robert", "robin", "rocio", "roger", "ronald", "ronan", "rosa", "roy", "ruben", "ruby",
            "russell", "ruth", "ryan", "sam", "samantha", "samuel", "sandra", "sanjay", "sara", "sarah",
            "scott", "sean", "seo", "sergio", "shannon", "sharon", "sherry", "shirley", "silvia", "siobhan",
            "sofia", "soo", "sophia", "stacy", "stephanie", "stephen", "steven", "sue", "sunita", "susan",
            "susana", "sylvia", "tam", "tammy", "tara", "taylor", "teresa", "terry", "thao", "thelma",
            "theresa", "thi", "thomas", "tiffany", "timothy", "tina", "tracy", "trang", "tuan", "tyler",
            "valentina", "vera", "veronica", "vicki", "victoria", "vikram", "vincent", "virginia", "walter", "wanda",
            "wayne", "wei", "wendy", "william", "willie", "xin", "yan", "yolanda", "young", "yusuf",
            "zachary");

    private FirstNames() {
    }

    static boolean contains(String value) {
        String s = value.strip();
        int space = s.indexOf(' ');
        s = (space > 0 ? s.substring(0, space) : s).toLowerCase(Locale.ROOT);
        if (NAMES.contains(s)) {
            return true;
        }
        // Accents only when there are any: "José" is "jose" on the list.
        return s.chars().anyMatch(c -> c > 127)
                && NAMES.contains(Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
    }
}
