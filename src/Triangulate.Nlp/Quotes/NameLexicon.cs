namespace Triangulate.Nlp.Quotes;

/// <summary>Titles, organisation words and common first names used to tell people from other capitalised phrases.</summary>
internal static class NameLexicon
{
    private static readonly HashSet<string> Titles = Set(
        "President", "Mayor", "Secretary", "Senator", "Sen", "Rep", "Representative", "Gov", "Governor", "Director", "Minister",
        "Prime", "Chancellor", "Councillor", "Councilor", "Councilwoman", "Councilman", "Chief", "General", "Gen", "Dr", "Mr",
        "Mrs", "Ms", "Miss", "Judge", "Justice", "Speaker", "Leader", "Vice", "Deputy", "Acting", "Former", "Pope", "King",
        "Queen", "Prince", "Princess", "Sheikh", "Ambassador", "Commissioner", "Envoy", "Professor", "Prof", "Rev", "Col",
        "Lt", "Sgt", "Capt", "Adm", "Maj", "Colonel", "Captain", "Admiral", "Sir", "Dame", "Lord", "Lady", "Attorney",
        "Inspector", "Superintendent", "Officer", "Agent", "Coach", "Chairman", "Chairwoman", "Candidate", "Nominee",
        "Opposition", "Sheriff", "Commander", "Premier", "Lawmaker", "Congressman", "Congresswoman", "Rabbi", "Father",
        "Bishop", "Cardinal", "Imam", "CEO", "Founder", "Executive", "Defense", "Defence", "State", "Foreign", "Interior",
        "Health", "Treasury", "Finance", "Justice", "Special", "Senior", "Associate", "Fellow", "Assistant", "Press",
        "Counsel", "Auditor", "Spokesperson", "Spokesman", "Spokeswoman", "Trustee", "Dean", "Provost", "Chair");

    // Outlet names ("Reuters", "Axios", "Fox" of "Fox News") come from the one outlet registry (OutletWords); these are
    // the other words that mark an organisation, a place, a date or an event rather than a person.
    private static readonly HashSet<string> NotPersonWords = OutletWords.AddTo(Set(
        "House", "States", "Council", "Department", "Ministry", "Party", "Government", "University", "Center", "Centre",
        "Institute", "News", "Times", "Post", "Agency", "Bank", "Company", "Committee", "Congress", "Senate", "Court", "Army",
        "Force", "Forces", "Conference", "Association", "Organization", "Organisation", "Union", "Republic", "Airport",
        "Street", "River", "Bridge", "Hospital", "Authority", "Office", "Command", "Guard", "Navy", "Corp", "Inc", "Ltd",
        "Group", "Foundation", "Fund", "Club", "School", "College", "Network", "Channel", "Journal", "Tribune", "Herald",
        "Gazette", "Wire", "Radio", "Television", "TV", "Press", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "America", "Americas", "American", "Americans", "Caribbean", "Venezuela", "Venezuelan", "Colombia",
        "Washington", "Democratic", "Republican", "Democrats", "Republicans", "National", "International", "Federal",
        "Atlantic", "Pacific", "Ocean", "Sea", "City", "County", "State", "Province", "Region", "Market", "Square", "Park",
        "Hall", "Building", "Tower", "Police", "Fire", "Service", "Services", "Administration", "Cabinet", "Parliament",
        "Assembly", "Commission", "Board", "Panel", "Tren", "Aragua", "Cartel", "Operation", "Project", "Program", "Act",
        "Bill", "Law", "Treaty", "Accord", "Summit", "Games", "Cup", "League", "Championship", "Prize", "Award", "Affairs",
        "Telegram", "Facebook", "Twitter", "Instagram", "YouTube", "Google", "Apple", "Microsoft", "Amazon", "Inquiry",
        "Footbridge", "Transit", "Health", "Clinic", "Council", "Ltd.", "Co", "LLC", "PLC", "Information", "Affairs"));

    private static readonly HashSet<string> SentenceStarters = Set(
        "The", "A", "An", "In", "On", "At", "But", "And", "However", "Moreover", "Meanwhile", "This", "That", "These",
        "Those", "It", "He", "She", "They", "We", "I", "If", "When", "While", "After", "Before", "As", "For", "From",
        "With", "Despite", "Although", "Since", "Speaking", "According", "Asked", "Still", "Yet", "Also", "Then", "Now",
        "Last", "Next", "Earlier", "Later", "His", "Her", "Their", "Our", "Its", "Some", "Many", "Most", "Both", "Each",
        "Every", "No", "Not", "Why", "What", "How", "Who", "Where", "There", "Here", "Through", "Under", "Over", "By",
        "Amid", "During", "Like", "Unlike", "Instead", "Twice", "Simultaneously", "Reflecting", "Recent", "Reports");

    private static readonly HashSet<string> FemaleNames = Set(
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy",
        "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda",
        "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Helen", "Sharon", "Cynthia", "Kathleen", "Amy", "Shirley",
        "Angela", "Anna", "Ruth", "Brenda", "Pamela", "Nicole", "Katherine", "Samantha", "Christine", "Catherine", "Debra",
        "Rachel", "Carolyn", "Janet", "Virginia", "Maria", "Heather", "Diane", "Julie", "Joyce", "Victoria", "Kelly",
        "Christina", "Joan", "Evelyn", "Lauren", "Judith", "Olivia", "Martha", "Cheryl", "Megan", "Andrea", "Hannah",
        "Jacqueline", "Ann", "Jean", "Alice", "Kathryn", "Gloria", "Teresa", "Doris", "Sara", "Janice", "Julia", "Marie",
        "Madison", "Grace", "Judy", "Theresa", "Beverly", "Denise", "Marilyn", "Amber", "Danielle", "Abigail", "Brittany",
        "Rose", "Diana", "Natalie", "Sophia", "Alexis", "Lori", "Kayla", "Jane", "Hillary", "Ivanka", "Melania", "Nikki",
        "Kamala", "Nancy", "Elena", "Lucía", "Lucia", "Ingrid", "Carmen", "Delcy", "Corina", "Kristi", "Karine", "Kellyanne",
        "Sarah", "Huma", "Chelsea", "Elizabeth", "Ursula", "Angela", "Theresa", "Giorgia", "Marine", "Claudia", "Sheinbaum",
        "Kristen", "Tulsi", "Pam", "Susie", "Ana", "Sofia", "Isabel", "Isabella", "Gabriela", "Daniela", "Valentina", "Paula",
        "Katarzyna", "Anna", "Agnieszka", "Olga", "Irina", "Natalia", "Svetlana", "Yulia", "Aisha", "Fatima", "Leila",
        "Priya", "Mei", "Yuki", "Keiko", "Hana", "Ingrid", "Astrid", "Sigrid", "Freya", "Greta", "Helga", "Birgit", "Debbie",
        "Donna", "Connie", "Loretta", "Marsha", "Tammy", "Lindsey", "Condoleezza", "Madeleine", "Samantha", "Nina", "Eva");

    private static readonly HashSet<string> MaleNames = Set(
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher",
        "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian",
        "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan",
        "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Frank", "Alexander", "Raymond",
        "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "José", "Adam", "Henry", "Nathan", "Douglas", "Zachary",
        "Peter", "Kyle", "Walter", "Ethan", "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl",
        "Terry", "Sean", "Austin", "Arthur", "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Jordan", "Billy", "Bruce",
        "Albert", "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene", "Vincent",
        "Russell", "Elijah", "Louis", "Bobby", "Philip", "Johnny", "Nicolás", "Nicolas", "Ric", "Ted", "Marco", "Mike",
        "Bernie", "Barack", "Bill", "Jeb", "Ben", "Chris", "Rand", "Tim", "Mitt", "Newt", "Rudy", "Reince", "Corey", "Kellyanne",
        "Pete", "Geoff", "Dan", "Hector", "Héctor", "Tomasz", "Tomas", "Jan", "Piotr", "Vladimir", "Xi", "Emmanuel",
        "Olaf", "Boris", "Rishi", "Keir", "Justin", "Narendra", "Recep", "Benjamin", "Volodymyr", "Sergei", "Dmitry",
        "Hugo", "Diosdado", "Vladimir", "Jorge", "Luis", "Carlos", "Miguel", "Pedro", "Alejandro", "Fernando", "Javier",
        "Rafael", "Ricardo", "Eduardo", "Roberto", "Mohammed", "Muhammad", "Ahmed", "Ali", "Omar", "Hassan", "Jim",
        "Tom", "Bob", "Steve", "Rick", "Jeff", "Greg", "Doug", "Ron", "Jon", "Sam", "Nick", "Matt", "Tony", "Mitch",
        "Lindsey", "Marcus", "Lars", "Nils", "Sven", "Henrik", "Stefan", "Klaus", "Hans", "Jürgen", "Wolfgang");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPersonLookup = NotPersonWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleLookup = FemaleNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MaleLookup = MaleNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitle(ReadOnlySpan<char> w) => TitleLookup.Contains(w);

    public static bool IsNotPerson(ReadOnlySpan<char> w) => NotPersonLookup.Contains(w) || (w.Length > 1 && AllUpper(w));

    private static readonly HashSet<string> CalendarWords = Set(
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Minutes", "Hours", "Days", "Weeks", "Months", "Years", "Today",
        "Yesterday", "Tonight", "Too", "So", "Well", "Yes", "No", "Oh", "Again", "Even", "Indeed", "Already");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarLookup = CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCalendarWord(ReadOnlySpan<char> w) => CalendarLookup.Contains(w);

    public static bool IsStarter(ReadOnlySpan<char> w) => StarterLookup.Contains(w);

    /// <summary>'f', 'm' or '?' for a first name.</summary>
    public static char GenderOf(ReadOnlySpan<char> first)
    {
        if (FemaleLookup.Contains(first))
        {
            return 'f';
        }

        return MaleLookup.Contains(first) ? 'm' : '?';
    }

    private static bool AllUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
