"""Saved web pages shaped like district CMS sites and board portals."""
from common import P, body_html, cross_text, esc, expected_policy, long_date, refs_html, us_date

OUT = "/work/holdout/policies/"

CSS = """<style type="text/css">
body{font-family:Arial,Helvetica,sans-serif;margin:0}#sw-header{background:#14325c;color:#fff}
.sw-channel-dropdown{display:none}.ui-article p{line-height:1.5}/* Section 5 - Personnel menu */
</style>"""

SCRIPT = """<script type="text/javascript">
  var swPageId = 4711; var SWTrack = {"domain":"Board Policies","section":"Section 5 - Personnel"};
  $(document).ready(function(){ $('.ui-article-title').each(function(){ /* 5:100 Staff Development */ }); });
  window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());
</script>"""


def save(name, text, encoding="utf-8"):
    with open(OUT + name, "w", encoding=encoding, newline="\n") as f:
        f.write(text)


def h01_schoolwires():
    p = P["5:260"]
    nav = "\n".join(f'<li class="sw-channel-item"><a href="/domain/{170 + i}"><span>{n}</span></a>'
                    f'<ul class="sw-channel-dropdown"><li><a href="/Page/{900 + i}">{n} Home</a></li></ul></li>'
                    for i, n in enumerate(["District", "Schools", "Board of Education", "Departments", "Parents", "Staff"]))
    sections = "\n".join(f'<li><a href="/Page/52{k}">Section {k} - {esc(v)}</a></li>'
                         for k, v in [("1", "School District Organization"), ("2", "School Board"),
                                      ("3", "General School Administration"), ("4", "Operational Services"),
                                      ("5", "Personnel"), ("6", "Instruction"), ("7", "Students"),
                                      ("8", "Community Relations")])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Section 5 - Personnel / 5:260 Student Teachers</title>
{CSS}
{SCRIPT}
</head>
<body data-translate="google">
<a class="sw-skipnav" href="#sw-maincontent">Skip to Main Content</a>
<div id="sw-header"><div id="sw-logo"><img src="/cms/lib/IL01904321/Centricity/Template/logo.png" alt="Lincoln Prairie CUSD 214"></div>
<div id="sw-district-name">Lincoln Prairie Community Unit School District 214</div>
<div id="sw-search"><input type="text" placeholder="Search..."><a href="#">District Home</a> | <a href="#">Select a School...</a> | <a href="#">Sign In</a></div></div>
<div id="sw-channel-list-container"><ul id="channel-navigation" class="sw-channel-list" role="menubar">
{nav}
</ul></div>
<div id="sw-content-container">
<ul class="ui-breadcrumbs" role="navigation"><li><a href="/domain/172">Board of Education</a> &gt; </li><li><a href="/Page/500">Board Policies</a> &gt; </li><li><a href="/Page/525">Section 5 - Personnel</a></li></ul>
<div id="sw-sidebar"><h2>Board Policies</h2><ul class="page-navigation">
{sections}
</ul><div class="ui-widget app upcomingevents"><h3>Upcoming Events</h3><ul><li>Nov 16 Regular Board Meeting 6:30 PM</li><li>Nov 26 No School - Thanksgiving</li></ul></div></div>
<div id="sw-maincontent" class="sw-content" role="main">
<div class="ui-widget app headlines"><div class="ui-widget-header"><h1>Section 5 - Personnel</h1></div>
<div class="ui-widget-detail"><div class="ui-article">
<a class="ui-article-back" href="/Page/525">Return to Headlines</a>
<h1 class="ui-article-title sw-article">5:260 Student Teachers</h1>
<div class="ui-article-description">
{body_html(p, "h4")}
{refs_html(p)}
<p>ADOPTED: {long_date(p['adopted'])}<br>AMENDED: {long_date(p['amended'][0])}; {long_date(p['amended'][1])}</p>
</div>
<div class="ui-article-controls"><a href="#">Print</a> <a href="#">Share</a></div>
<div class="ui-article-comments"><h3>Comments (0)</h3><p>There are no comments for this headline.</p></div>
</div></div></div></div></div>
<div id="sw-footer"><p>Lincoln Prairie CUSD 214 &middot; 1200 N. Prairie Ave. &middot; Mahomet, IL 61853 &middot; Phone: (217) 555-0142</p>
<p>Questions or Feedback? | Blackboard Web Community Manager Privacy Policy (Updated) | Terms of Use</p>
<p>Copyright &copy; 2002-2026 Blackboard, Inc. All rights reserved.</p></div>
<script src="/Static/GlobalAssets/Scripts/min/sri-failover.min.js"></script>
</body>
</html>
"""
    name = "h01_schoolwires_headline_page.html"
    save(name, page)
    return {"file": name, "refused": False, "policies": [expected_policy("5:260")]}


def h02_finalsite():
    p = P["7:190"]
    page = f"""<!DOCTYPE html>
<html lang="en" class="fsComposeMode">
<head><meta charset="utf-8">
<title>7:190 Student Behavior | Oak Bluff CUSD 9</title>
<link rel="stylesheet" href="/uploaded/themes/default_18/main.css">
<style>.fsBanner{{height:220px}} .fsElement.fsContent h2{{color:#5a1f1f}}</style>
<script>var FS = {{"siteId":1187,"pageId":2265,"breadcrumb":["Our District","Board of Education","Policies"]}};</script>
</head>
<body class="fsBody">
<header id="fsHeader"><div class="fsBanner"><a href="/" class="fsLogo">Oak Bluff Community Unit School District 9</a></div>
<nav class="fsNavigation"><ul class="fsNavLevel1"><li><a href="/about">Our District</a></li><li><a href="/schools">Our Schools</a></li>
<li><a href="/families">Families</a></li><li><a href="/employment">Employment</a></li><li class="fsNavCurrentPage"><a href="/board">Board of Education</a></li></ul></nav></header>
<main id="fsPageBodyWrapper"><div id="fsPageBody" class="fsStyleAutoclear">
<nav class="fsBreadcrumb"><a href="/board">Board of Education</a> <span>/</span> <a href="/board/policies">Board Policies</a> <span>/</span> <a href="/board/policies/section-7">Section 7: Students</a></nav>
<aside class="fsLeftColumn"><nav class="fsNavPageInfo"><h2>In This Section</h2><ul>
<li><a href="/board/policies/section-6">Section 6: Instruction</a></li><li><a href="/board/policies/section-7">Section 7: Students</a></li><li><a href="/board/policies/section-8">Section 8: Community Relations</a></li></ul></nav></aside>
<div class="fsPageContent"><h1 class="fsPageTitle">7:190 Student Behavior</h1>
<section class="fsElement fsContent"><div class="fsElementContent">
{body_html(p, "h2")}
{refs_html(p, titles=False)}
<p><em>Adopted: {long_date(p['adopted'])} &middot; Amended: {long_date(p['amended'][0])}</em></p>
</div></section>
<section class="fsElement fsContent"><header><h2 class="fsElementTitle">Questions?</h2></header><div class="fsElementContent"><p>Contact the Board Secretary at (309) 555-0187.</p></div></section>
</div></div></main>
<footer id="fsFooter"><div class="fsElement"><p>Oak Bluff CUSD 9 &bull; 400 W. River Rd. &bull; Oak Bluff, IL 61455</p><p>&copy; 2026 Oak Bluff CUSD 9 | Site Map | Accessibility</p><p>Powered by Finalsite</p></div></footer>
<script src="/cf_scripts/finalsite/fs.js"></script>
</body></html>
"""
    name = "h02_finalsite_page.html"
    save(name, page)
    return {"file": name, "refused": False, "policies": [expected_policy("7:190")]}


def h03_wordpress_comments():
    p = P["2:220"]
    am = ", ".join(us_date(a) for a in p["amended"])
    page = f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>2:220 Board Meeting Procedure &#8211; Prairie Creek School District 113</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://pcsd113.example/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<style id='global-styles-inline-css'>body{{--wp--preset--color--black: #000000;}}</style>
<script src="https://pcsd113.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-1342 single-format-standard">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="https://pcsd113.example/" rel="home">Prairie Creek School District 113</a></p>
<p class="site-description">Learning Today, Leading Tomorrow</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/board-of-education/">Board of Education</a></li><li><a href="/board-policies/">Board Policies</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<main id="primary" class="site-main">
<article id="post-1342" class="post-1342 post type-post status-publish format-standard hentry category-section-2-school-board">
<header class="entry-header"><h1 class="entry-title">2:220 Board Meeting Procedure</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2021-05-18T09:12:44-05:00">May 18, 2021</time></span><span class="byline"> by <span class="author vcard">webmaster</span></span></div></header>
<div class="entry-content">
{body_html(p, "h3")}
{refs_html(p)}
<p>Adopted {us_date(p['adopted'])}; Amended {am}</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/section-2-school-board/" rel="category tag">Section 2 &#8211; School Board</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2-210/" rel="prev">2:210 Organizational School Board Meeting</a></div><div class="nav-next"><a href="/2-230/" rel="next">2:230 Public Participation at School Board Meetings</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">One thought on &ldquo;2:220 Board Meeting Procedure&rdquo;</h2>
<ol class="comment-list"><li id="comment-88" class="comment even thread-even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Pat R.</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2021-06-02T20:15:09-05:00">June 2, 2021 at 8:15 pm</time></div></footer>
<div class="comment-content"><p>Will the minutes of closed sessions also be posted? The policy says verbatim recordings are kept for 18 months.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p><input name="submit" type="submit" value="Post Comment"></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/7-190/">7:190 Student Behavior</a></li><li><a href="/5-100/">5:100 Staff Development Program</a></li></ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/category/section-2-school-board/">Section 2 &#8211; School Board</a></li><li><a href="/category/section-5-personnel/">Section 5 &#8211; Personnel</a></li><li><a href="/category/section-7-students/">Section 7 &#8211; Students</a></li></ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Prairie Creek School District 113 &middot; Proudly powered by WordPress</div></footer></div>
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https://s.w.org/images/core/emoji/14.0.0/72x72/"}}</script>
</body></html>
"""
    name = "h03_wordpress_post_with_comments.html"
    save(name, page)
    return {"file": name, "refused": False, "policies": [expected_policy("2:220")]}


def h04_edlio_cp1252():
    p = P["6:235"]
    # Edlio-style page saved in windows-1252: curly quotes and section signs are raw cp1252 bytes, not entities.
    def raw_body():
        out = []
        for kind, content in p["body"]:
            if kind == "p":
                out.append(f"<p>{content}</p>")
            elif kind == "h":
                out.append(f"<p><b>{content}</b></p>")
        return "\n".join(out)
    legal = "<br>".join(p["legal"])
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
<title>6:235 Access to Electronic Networks - Kaskaskia Valley School District 67</title>
<link href="/apps/resources/edlio.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/apps/js/common/common.js"></script>
</head>
<body>
<div id="header"><a href="/" id="logo">Kaskaskia Valley School District 67</a>
<ul id="topnav"><li><a href="/apps/pages/index.jsp?uREC_ID=1&amp;type=d">Our District</a></li><li><a href="/apps/events/">Calendar</a></li><li><a href="/apps/news/">News</a></li><li><a href="/apps/staff/">Staff Directory</a></li></ul></div>
<div id="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/apps/pages/board">Board of Education</a> &raquo; <a href="/apps/pages/policies">Policy Manual</a> &raquo; Section 6 &ndash; Instruction</div>
<div id="left-column"><h3>Board of Education</h3><ul><li><a href="#">Members</a></li><li><a href="#">Meeting Agendas &amp; Minutes</a></li><li><a href="#">Policy Manual</a></li></ul></div>
<div id="content" class="page-content">
<h1 class="pageTitle">6:235 Access to Electronic Networks</h1>
<div class="content-narrow">
{raw_body()}
<p><b>LEGAL REF.:</b> {legal}</p>
<p><b>CROSS REF.:</b> {cross_text(p)}</p>
<p>Adopted: {long_date(p['adopted'])}<br />Amended: {long_date(p['amended'][0])}; {long_date(p['amended'][1])}</p>
</div></div>
<div id="footer"><p>Kaskaskia Valley School District 67 &bull; 22 Depot St. &bull; Vandalia, IL 62471</p><p>Powered by Edlio &copy; 2026 &middot; Site Map &middot; Login</p></div>
</body></html>
"""
    name = "h04_edlio_windows1252.html"
    save(name, page, encoding="cp1252")
    return {"file": name, "refused": False, "policies": [expected_policy("6:235")]}


def h05_boarddocs():
    p = P["4:60"]
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="utf-8">
<title>BoardDocs&reg; PL: Policy - Purchases and Contracts</title>
<link rel="stylesheet" type="text/css" href="/il/lpcusd/Board.nsf/bdcss.css">
<script type="text/javascript">var bdVersion = "5.4.1"; var currentPolicy = "CP4QLM5B2C1E";</script>
</head>
<body>
<div id="header"><span id="header-title">Lincoln Prairie Community Unit School District 214</span>
<ul id="tabs"><li><a href="#" id="mainMeetings">MEETINGS</a></li><li><a href="#" id="mainPolicies" class="selected">POLICIES</a></li><li><a href="#" id="mainLibrary">LIBRARY</a></li><li><a href="#">LOGIN</a></li></ul></div>
<div id="panel-policies"><div id="policy-list" class="leftpanel"><div class="book">Board Policy Manual</div>
<div class="section">Section 4 - Operational Services</div>
<a class="policy" href="#">4:10 Fiscal and Business Management</a><a class="policy" href="#">4:40 Incurring Debt</a><a class="policy selected" href="#">4:60 Purchases and Contracts</a><a class="policy" href="#">4:80 Accounting and Audits</a></div>
<div id="view-policy-item" class="rightpanel">
<div id="policy-header"><div class="toolbar"><a id="btn-print" href="#">Print</a> <a id="btn-download" href="#">Download</a></div>
<table class="policy-fields">
<tr><td class="field-label">Book</td><td class="field-value">Board Policy Manual</td></tr>
<tr><td class="field-label">Section</td><td class="field-value">Section 4 - Operational Services</td></tr>
<tr><td class="field-label">Title</td><td class="field-value">Purchases and Contracts</td></tr>
<tr><td class="field-label">Code</td><td class="field-value">4:60</td></tr>
<tr><td class="field-label">Status</td><td class="field-value">Active</td></tr>
<tr><td class="field-label">Adopted</td><td class="field-value">{long_date(p['adopted'])}</td></tr>
<tr><td class="field-label">Last Revised</td><td class="field-value">{long_date(p['amended'][-1])}</td></tr>
</table></div>
<div id="policy-content" class="policy-body">
{body_html(p, "h4")}
{refs_html(p)}
</div></div></div>
<div id="footer">BoardDocs&reg; Pro is a registered trademark of Diligent Corporation. Copyright &copy; 2026. All rights reserved.</div>
</body></html>
"""
    name = "h05_boarddocs_policy.html"
    save(name, page)
    # The portal shows only the last revision date.
    return {"file": name, "refused": False, "policies": [expected_policy("4:60", amended=[p["amended"][-1]])]}


def h06_simbli():
    p = P["3:40"]
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>eBOARDsolutions - Policy 3:40</title>
<link href="/Content/simbli.min.css" rel="stylesheet"><script src="/Scripts/simbli.bundle.js"></script></head>
<body>
<div class="navbar navbar-inverse"><span class="navbar-brand">Simbli</span><ul class="nav"><li><a href="#">Meetings</a></li><li class="active"><a href="#">Policies</a></li><li><a href="#">Search</a></li><li><a href="#">Sign In</a></li></ul></div>
<div class="container"><div class="school-name">Prairie Creek School District 113</div>
<div id="divPolicyHeader" class="policy-header">
<div class="row"><span class="lbl">Policy Number:</span> <span class="val">3:40</span></div>
<div class="row"><span class="lbl">Policy Title:</span> <span class="val">Superintendent</span></div>
<div class="row"><span class="lbl">Section:</span> <span class="val">3 - General School Administration</span></div>
<div class="row"><span class="lbl">Status:</span> <span class="val">Active</span></div>
<div class="row"><span class="lbl">Adopted Date:</span> <span class="val">{us_date(p['adopted'])}</span></div>
<div class="row"><span class="lbl">Revised Date:</span> <span class="val">{us_date(p['amended'][0])}</span></div>
</div>
<div id="divPolicyBody" class="policy-body">
{body_html(p, "h4")}
{refs_html(p)}
</div>
<div class="policy-nav"><a href="#">&laquo; Previous Policy</a> | <a href="#">Back to Policy List</a> | <a href="#">Next Policy &raquo;</a></div>
</div>
<footer class="footer">&copy; 2026 eBOARDsolutions, Inc. | Privacy | Terms</footer>
</body></html>
"""
    name = "h06_simbli_policy.html"
    save(name, page)
    return {"file": name, "refused": False, "policies": [expected_policy("3:40")]}


def h07_fragment():
    p = P["8:30"]
    frag = (f'<h2 style="color: rgb(33, 37, 41); font-family: Georgia, serif;">8:30 Visitors to and Conduct on School Property</h2>'
            f'<p style="margin: 0px 0px 10px; color: rgb(33, 37, 41);"><span style="font-weight: 700;">Section 8 - Community Relations</span></p>'
            + "".join(f'<p style="margin: 0px 0px 10px; color: rgb(33, 37, 41);">{esc(c)}</p>' for k, c in p["body"])
            + f'<p style="margin: 0px 0px 10px;"><strong>LEGAL REF.:</strong><br>{"<br>".join(esc(r) for r in p["legal"])}</p>'
            + f'<p style="margin: 0px 0px 10px;"><strong>CROSS REF.:</strong>&nbsp;{esc(cross_text(p, titles=True))}</p>'
            + f'<p style="margin: 0px 0px 10px;">ADOPTED: {long_date(p["adopted"])}&nbsp;&nbsp; AMENDED: {long_date(p["amended"][0])}</p>')
    name = "h07_browser_fragment.html"
    save(name, frag)
    return {"file": name, "refused": False, "policies": [expected_policy("8:30")]}


def h08_policystat():
    p = P["1:20"]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>1:20 District Organization, Operations, and Cooperative Agreements - PolicyStat</title>
<link rel="stylesheet" href="/static/css/policystat.css"><script src="/static/js/vendor.js" defer></script></head>
<body class="document-view">
<div id="top-bar"><span class="site-name">Oak Bluff CUSD 9</span> <a href="/search/">Search</a> <a href="/category/">Browse</a> <a href="/login/">Log in</a></div>
<div id="document_header"><h1 class="document-title">1:20 District Organization, Operations, and Cooperative Agreements</h1>
<table class="document-meta"><tbody>
<tr><th>Status</th><td>Active</td><th>PolicyStat ID</th><td>14478213</td></tr>
<tr><th>Origination</th><td>{us_date(p['adopted'], True)}</td><th>Owner</th><td>Board Secretary</td></tr>
<tr><th>Last Approved</th><td>{us_date(p['amended'][0], True)}</td><th>Area</th><td>School District Organization</td></tr>
<tr><th>Effective</th><td>{us_date(p['amended'][0], True)}</td><th>Applicability</th><td>Oak Bluff CUSD 9</td></tr>
<tr><th>Last Revised</th><td>{us_date(p['amended'][0], True)}</td><th>Next Review</th><td>06/2027</td></tr>
</tbody></table></div>
<div id="document_body" class="document-body">
{body_html(p, "h3")}
{refs_html(p)}
</div>
<div id="approval_signatures"><h2>Approval Signatures</h2><table><tr><th>Step Description</th><th>Approver</th><th>Date</th></tr>
<tr><td>Board of Education</td><td>Dana Whitcomb: Board Secretary</td><td>{us_date(p['amended'][0], True)}</td></tr></table></div>
<footer>COPYRIGHT &copy; 2026 OAK BLUFF CUSD 9, POWERED BY POLICYSTAT</footer>
</body></html>
"""
    name = "h08_policystat_document.html"
    save(name, page)
    return {"file": name, "refused": False, "policies": [expected_policy("1:20")]}


ALL = [h01_schoolwires, h02_finalsite, h03_wordpress_comments, h04_edlio_cp1252, h05_boarddocs, h06_simbli,
       h07_fragment, h08_policystat]
