--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Debian 15.6-0+deb12u1)
-- Dumped by pg_dump version 15.6 (Debian 15.6-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: shop
--

CREATE TABLE public.customers (
    id bigint,
    first_name character varying(255),
    last_name character varying(255),
    email character varying(255),
    phone character varying(255),
    street character varying(255),
    city character varying(255),
    state character varying(255),
    postal_code character varying(255),
    country character varying(255),
    date_of_birth date,
    ssn character varying(255),
    created_at timestamp
);


ALTER TABLE public.customers OWNER TO shop;

--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: shop
--

COPY public.customers (id, first_name, last_name, email, phone, street, city, state, postal_code, country, date_of_birth, ssn, created_at) FROM stdin;
1	Fatima	Anderson	fatima.anderson@wp.pl	+81 3-0002-9748	195 Oak Avenue, Apt 13	Warszawa		13904	PL	1996-06-21	\N	2023-09-09 18:59:38
2	John	Russo	john_russo@icloud.com	(613)674-0854	378 Church Lane	Chicago	IL	68964	US	1971-07-01	812-10-4671	2023-07-22 04:54:44
3	Thomas	Jones	t.jones@gmx.de	+49 30 01413548	134 Lincoln Way	Amsterdam		68638	NL	1954-09-15	\N	2023-05-02 01:52:04
4	Arjun	Moore	arjun_moore@hotmail.co.uk	+44 20 5672 0048	398 Victoria Road	São Paulo		11569	BR	1955-04-09	\N	2023-06-09 08:36:48
5	Anna	Jackson	anna6@hotmail.co.uk	(231)495-5138	60 Market Street	New York	NY	68855	US	1953-07-22	181-37-8001	2023-10-08 17:48:42
6	Ashley	Weber	ashley27@hotmail.co.uk	249-568-4340	338 Maple Drive	Denver	CO	70162	US	1981-04-02	027-66-1707	2023-06-05 13:02:22
7	Hugo	Silva	silva.hugo1952@mail.example.co.jp	+31 20 672 6323	273 Victoria Road	Stockholm		00940	SE	2003-11-05	\N	2023-08-07 10:12:47
8	Donna	Wagner	donna_wagner@proton.me	+91 93592 00007	366 Washington Ave	Tokyo		27086	JP	2001-01-05	\N	2023-06-24 17:55:06
9	Lisa	Jackson	lisa_jackson@example.org	833-678-3985	173 Bahnhofstraße	Boston	MA	30302	US	1977-01-03	\N	2023-08-18 07:03:15
10	Anthony	Horváth	horvath.anthony1983@libero.it	465.261.6179	9 Cedar Lane, Apt 79	Boston	MA	61807	US	1987-11-24	\N	2023-12-05 23:34:57
11	Sofía	Laurent	sofia34@gmx.de	938-356-5545	151 Via Roma	Denver	CO	49472	US	1985-08-08	\N	2023-06-17 18:05:16
12	Lisa	Nowak	l.nowak@hotmail.co.uk	+1-678-494-8265	307 Hauptstraße	Toronto	ON	17672	CA	1954-04-16	\N	2023-02-16 12:04:54
13	Jennifer	Martin	j.martin@gmx.de	+81 3-0580-7258	333 Avenue des Champs-Élysées	Stockholm		47575	SE	1941-03-17	\N	2023-12-14 03:11:01
14	Richard	Martinez	richard.martinez+shop@example.org	+1-465-618-5741	282 Calle Mayor	Chicago	IL	30685	US	1962-06-04	053-26-6937	2023-12-10 19:26:10
15	Ingrid	Anderson	ingrid.anderson+news@mail.example.co.jp	+1 440 695 7470	229 Gran Vía, Apt 36	Portland	OR	74832	US	1942-01-11	\N	2023-02-26 06:19:10
16	Jürgen	Walker	juergen.walker@web.de	+44 20 8328 9068	220 Keizersgracht	Barcelona		48992	ES	1953-01-26	\N	2023-01-28 22:40:11
17	Yuki	Wójcik	y.wojcik@orange.fr	+81 3-9155-7957	292 Elm Street	Paris		76503	FR	2003-09-06	\N	2023-11-10 16:03:56
18	Lukas	Walker	walker.lukas1962@bigpond.com.au	+49 30 74051559	171 Hauptstraße	Sydney	NSW	22262	AU	1972-03-17	\N	2023-12-17 23:16:13
19	Donna	Esposito	d.esposito@yahoo.co.in	+1-321-317-9707	26 Avenue des Champs-Élysées	Portland	OR	67511	US	1980-03-19	\N	2023-06-12 11:52:48
20	Liam	Dubois	dubois.liam1969@example.com	+31 20 638 0865	288 Cedar Lane	Rotterdam		67959	NL	1975-07-20	\N	2023-09-03 16:16:05
21	Susan	Ferrari	s.ferrari@libero.it	+1 (816) 791-5649	321 Pine Street, Apt 76	Denver	CO	95610	US	1970-03-03	\N	2023-07-21 15:39:11
22	Björn	Ferrari	bjoern.ferrari+news@company.io	+1 429 388 2075	225 Pine Street	New York	NY	86630	US	1971-12-02	627-64-7955	2023-11-17 12:06:39
23	Nancy	Rossi	rossi.nancy1957@example.org	+34 634 667 317	92 Maple Drive	Kraków		08486	PL	1949-01-04	\N	2023-08-14 06:02:57
24	Martín	Lopez	lopez.martin1962@gmx.de	3347895461	354 Washington Ave	New York	NY	54919	US	1960-07-06	\N	2023-07-09 08:19:40
25	Sophie	Tanaka	sophietanaka@example.com	+33 2 47 56 92 90	337 Maple Drive	Rotterdam		28302	NL	1941-10-14	\N	2023-11-07 07:53:04
26	Mark	Miller	m.miller@yahoo.co.in	(559)817-2751	29 Hauptstraße	New York	NY	11289	US	1946-04-18	\N	2023-11-26 22:41:54
27	Emily	Pérez	emily.perez@gmx.de	+49 154 90457443	284 Bahnhofstraße	Bruxelles		42649	BE	1970-11-21	\N	2023-11-10 08:54:55
28	Jürgen	Wagner	wagner.juergen1984@mail.example.co.jp	+34 610 442 330	210 Hauptstraße	Manchester		SW1A 1YN	GB	2003-04-08	\N	2023-04-09 01:52:14
29	Noah	Wiśniewski	noah.wisniewski@mail.example.co.jp	+1 (964) 605-0331	154 Keizersgracht	Boston	MA	48762	US	1970-09-26	465-89-7093	2023-02-03 05:20:14
30	Emma	O'Connor	emma.oconnor@hotmail.co.uk	987.936.1798	222 Corso Italia	New York	NY	46692	US	1971-07-19	697-34-4638	2023-01-25 23:43:25
31	Betty	Kowalski	betty.kowalski+news@yahoo.co.in	+44 7327 170500	203 Sunset Blvd	Barcelona		80870	ES	1998-02-28	\N	2023-03-19 22:07:50
32	Sandra	Wilson	wilson.sandra1962@gmx.de	(250)688-1478	281 Maple Drive	Boston	MA	07367	US	1986-04-12	560-90-1638	2023-11-24 22:00:10
33	Brian	Pérez	brian.perez@gmail.com	782-644-6989	377 Main St	Chicago	IL	94505	US	1975-11-26	459-86-6660	2023-10-05 23:34:44
34	Thomas	Santos	thomas.santos@company.io	+31 20 300 9236	259 Cedar Lane	Bruxelles		66880	BE	1959-10-15	\N	2023-12-01 10:01:30
35	Arjun	Jackson	arjun.jackson@web.de	+81 3-7382-9198	390 Cedar Lane	Stockholm		86323	SE	2004-10-10	\N	2023-11-15 04:14:16
36	Fatima	Dubois	f.dubois@outlook.com	695.585.0623	142 Park Road	Austin	TX	53933	US	1990-05-17	191-33-1744	2023-02-27 22:11:17
37	Francesco	Walker	francesco45@gmx.de	+44 7184 946774	16 Sunset Blvd	Tokyo		12726	JP	1974-05-27	\N	2023-08-02 15:19:35
38	Mark	Girard	mark45@proton.me	+49 150 46326403	277 ul. Marszałkowska, Apt 7	Paris		69069	FR	1962-06-04	\N	2023-05-18 05:50:37
39	Martín	Becker	becker.martin2000@acme-corp.com	+49 30 55629625	140 Rue de la Paix	Mumbai		28902	IN	1992-10-18	\N	2023-09-24 09:29:00
40	Charles	Silva	charles.silva@gmail.com	+34 651 708 083	6 Broadway, Apt 59	Milano		60829	IT	1945-01-05	\N	2023-03-24 08:53:13
41	Jessica	Laurent	jessicalaurent@yahoo.com	+33 2 44 11 20 48	264 Elm Street	Warszawa		91809	PL	1947-02-13	\N	2023-03-17 22:08:54
42	James	Thompson	james_thompson@yahoo.com	+34 662 865 370	263 Hauptstraße	Lyon		12886	FR	1977-08-26	\N	2023-08-18 14:08:27
43	Nancy	Esposito	nancy38@example.com	(425)338-7019	85 Elm Street	New York	NY	22592	US	1994-11-23	500 68 0560	2023-09-19 17:34:23
44	Łukasz	Johansson	johansson.lukasz1957@mail.example.co.jp	+1-901-605-2374	361 Avenue des Champs-Élysées	Portland	OR	72343	US	1978-07-12	637-69-8731	2023-04-28 16:58:20
45	Sofía	Smith	sofia_smith@gmx.de	+31 20 931 6418	358 Rue de la Paix	Kraków		22659	PL	1941-05-16	\N	2023-04-26 17:00:25
46	Anna	Becker	becker.anna1998@uni-hamburg.de	(472)386-5208	38 Market Street	Boston	MA	53848	US	2001-02-01	\N	2023-02-15 02:24:06
47	João	Zhang	joaozhang@gmx.de	+81 3-5474-3810	149 Cedar Lane	Amsterdam		23683	NL	1971-05-07	\N	2023-11-12 18:46:52
48	Zofia	Moore	z.moore@example.org	+1-307-906-4172	164 Keizersgracht	Portland	OR	67737	US	1940-05-01	455-40-5724	2023-09-27 03:18:51
49	Zofia	Kowalski	zofia.kowalski@web.de	+49 30 25082382	67 Station Road	Milano		82834	IT	1947-03-28	\N	2023-07-16 02:34:49
50	Emma	Schneider	emma_schneider@example.org	+44 20 0542 7911	127 Church Lane	Amsterdam		22967	NL	1962-11-13	\N	2023-02-05 09:06:18
51	Hugo	Robinson	hugo.robinson+2024@wp.pl	+1-868-410-2402	268 Park Road	Chicago	IL	03027	US	1953-07-16	063 22 2081	2023-12-13 00:55:39
52	William	Esposito	william_esposito@students.example.edu	+4915152542932	137 High Street	Roma		02781	IT	1978-10-28	\N	2023-10-24 22:26:12
53	Chloé	Moreau	chloemoreau@bigpond.com.au	861.402.9663	139 Prinsengracht	Springfield	IL	74879	US	1967-04-15	\N	2023-12-03 23:07:14
54	John	Patel	john_patel@libero.it	+61 2 7456 0374	2 Gartenweg	Lyon		83393	FR	1940-09-05	\N	2023-02-21 08:55:22
55	Susan	Harris	susan.harris+news@libero.it	764.595.5769	175 Hauptstraße	Seattle	WA	23146	US	1969-10-12	111-44-1017	2023-01-10 13:13:20
56	Paul	Moore	paulmoore@icloud.com	600-639-6642	325 Pine Street	Chicago	IL	26746	US	1969-11-07	638-07-3966	2023-01-19 05:42:53
57	Sofía	Laurent	sofia.laurent@hotmail.co.uk	+31 20 741 6728	145 Broadway	São Paulo		49009	BR	1970-09-01	\N	2023-05-24 02:50:04
58	Hugo	Ferrari	hugo_ferrari@proton.me	+55 11 96496-8521	58 ul. Marszałkowska, Apt 19	Stockholm		29035	SE	1965-03-20	\N	2023-03-16 12:43:37
59	Nancy	Jackson	nancy.jackson+spam@bigpond.com.au	+44 7965 975119	352 Pine Street, Apt 2	Milano		47877	IT	1967-10-15	\N	2023-08-16 22:38:52
60	Jürgen	Moreau	juergen_moreau@mail.example.co.jp	(701)591-8142	231 Gran Vía, Apt 40	Chicago	IL	33627	US	1999-08-07	410-95-3730	2023-08-23 04:23:48
61	Brian	van der Berg	brian.vanderberg@yahoo.co.in	+49 151 49864518	186 Via Roma	Barcelona		46087	ES	1990-02-02	\N	2023-04-09 12:58:02
62	Sarah	Harris	sarah_harris@web.de	+31 20 849 2537	43 Pine Street	Kraków		62059	PL	1997-01-22	\N	2023-04-25 14:39:34
63	Robert	Schmidt	robert57@yahoo.com	+1-643-387-6493	261 Via Roma	Springfield	IL	70916	US	1964-05-24	557-02-1567	2023-06-12 18:29:41
64	Agnieszka	Oliveira	agnieszka.oliveira+shop@web.de	+4915523608789	382 Bahnhofstraße	Manchester		SW1A 2EU	GB	1959-08-16	\N	2023-10-26 14:47:42
65	Charles	Hernandez	charles86@yahoo.co.in	+61 2 4158 6180	399 Elm Street	Madrid		47083	ES	1995-07-13	\N	2023-09-15 06:34:29
66	Arjun	Girard	arjun.girard@yahoo.com	+34 630 480 126	376 Park Road	Roma		08567	IT	1994-02-02	\N	2023-04-02 23:21:20
67	Ana	Thompson	ana.thompson@web.de	6424494210	135 Park Road, Apt 10	Austin	TX	31504	US	1980-08-25	\N	2023-12-09 08:51:32
68	Lukas	Ferrari	ferrari.lukas1962@hotmail.co.uk	+33 6 77 63 54 57	98 Station Road	Kraków		13351	PL	2005-06-21	\N	2023-08-02 08:35:48
69	Ingrid	Russo	ingrid.russo@gmx.de	+91 98353 65734	369 Gartenweg	Berlin		75979	DE	1960-01-24	\N	2023-08-28 18:21:24
70	Margaret	O'Brien	m.obrien@hotmail.co.uk	+81 3-4188-9635	386 Gran Vía	Berlin		48090	DE	1973-11-08	\N	2023-04-05 12:13:09
71	David	Schneider	david.schneider+spam@gmx.de	+31 20 612 7369	189 Calle Mayor	Lyon		41166	FR	1969-10-21	\N	2023-05-07 19:37:09
72	Robert	Miller	robert.miller+spam@gmx.de	4223188547	384 Broadway	Chicago	IL	72860	US	1991-09-03	\N	2023-06-17 08:51:46
73	Piotr	Anderson	piotr.anderson+shop@acme-corp.com	+31 20 767 9395	263 Rue Victor Hugo	Berlin		34696	DE	1961-08-04	\N	2023-01-11 06:33:08
74	Thomas	Jackson	thomasjackson@uni-hamburg.de	+91 90334 78019	398 Lincoln Way	Rotterdam		45424	NL	1981-02-24	\N	2023-09-03 03:28:57
75	Susan	Williams	susan17@gmx.de	(703) 216-9250	186 Pine Street	Boston	MA	59109	US	1987-05-26	756-54-0812	2023-10-05 18:12:31
76	Christian	Meyer	christian_meyer@proton.me	+61 2 1283 9087	383 Rue de la Paix	Manchester		SW1A 1TG	GB	1985-08-07	\N	2023-06-14 23:15:19
77	Donna	Anderson	donna49@uni-hamburg.de	+44 7523 019637	267 Station Road, Apt 10	Lyon		16650	FR	1970-12-04	\N	2023-11-21 04:48:08
78	João	Silva	joao_silva@acme-corp.com	+33 3 45 05 37 33	277 Victoria Road	Mumbai		44892	IN	1946-08-21	\N	2023-11-07 19:07:20
79	Chloé	Becker	chloebecker@bigpond.com.au	+1-587-722-4038	87 Via Roma	Springfield	IL	43403	US	2000-11-03	330-55-0126	2023-11-01 05:19:54
80	Christian	Martin	christian91@wp.pl	+91 94577 68872	100 Rue Victor Hugo	Berlin		05488	DE	1952-01-23	\N	2023-01-02 06:25:46
81	Ashley	Garcia	a.garcia@example.org	+34 631 372 015	35 Station Road	Madrid		42116	ES	1960-06-26	\N	2023-10-15 21:52:39
82	Mark	Tanaka	m.tanaka@gmx.de	+49 153 30453926	19 Via Roma, Apt 45	São Paulo		17941	BR	1971-11-10	\N	2023-11-02 18:26:22
83	Pedro	Williams	pedro21@orange.fr	361-486-2946	130 Market Street	Austin	TX	52851	US	2002-10-13	059-15-4994	2023-10-01 10:12:18
84	Susan	Johnson	johnson.susan1968@gmail.com	+44 20 5856 4924	83 Rue de la Paix	Lyon		01628	FR	1958-04-05	\N	2023-12-14 16:38:05
85	Francesco	Schneider	francesco_schneider@yahoo.com	+91 97154 37185	134 Sunset Blvd	Rotterdam		35732	NL	1978-04-26	\N	2023-11-16 22:38:03
86	Francesco	Pérez	f.perez@hotmail.co.uk	+33 2 52 72 74 01	179 Rue de la Paix	São Paulo		36934	BR	1996-10-26	\N	2023-04-23 21:00:03
87	Mary	Santos	mary.santos+shop@icloud.com	+49 154 02881897	215 Church Lane	Stockholm		83332	SE	1944-02-18	\N	2023-01-12 22:31:36
88	Donna	Zhang	zhang.donna1964@mail.example.co.jp	+31 20 291 9725	161 ul. Marszałkowska	Bruxelles		83581	BE	1989-08-21	\N	2023-03-13 16:11:44
89	Elizabeth	Andersson	elizabeth.andersson@icloud.com	+33 4 42 68 31 94	68 Rue de la Paix	Barcelona		44018	ES	1970-03-04	\N	2023-02-26 23:53:36
90	Margaret	Ferrari	margaret.ferrari+spam@yahoo.com	+1-345-615-0045	97 Elm Street, Apt 73	Portland	OR	81088	US	2002-07-07	407-53-8882	2023-03-17 00:16:46
91	Brian	Dubois	brian.dubois@outlook.com	+81 3-5319-4442	338 Calle Mayor	Barcelona		38870	ES	1967-05-20	\N	2023-04-16 01:40:30
92	Linda	Thompson	thompson.linda1980@outlook.com	+4915405508482	265 Station Road	Warszawa		24778	PL	2001-10-22	\N	2023-02-05 16:47:22
93	Sarah	Clark	sarahclark@example.org	6306275806	214 Victoria Road	Denver	CO	76568	US	1998-10-16	860-96-2235	2023-02-25 09:19:30
94	Hugo	Brown	brown.hugo1966@bigpond.com.au	+49 152 94370699	55 Pine Street	Rotterdam		55441	NL	1969-05-23	\N	2023-12-26 02:11:21
95	Michael	Meyer	michael81@mail.example.co.jp	+49 30 37614528	58 Keizersgracht, Apt 18	Hamburg		47404	DE	1965-06-11	\N	2023-04-19 15:35:55
96	Susan	Laurent	susan_laurent@company.io	+91 96022 46747	37 Calle Mayor	Stockholm		22266	SE	1966-03-04	\N	2023-08-07 17:36:15
97	Christian	Bianchi	christianbianchi@students.example.edu	+61 2 0280 7597	261 Church Lane	Madrid		23021	ES	1995-08-11	\N	2023-09-21 18:33:00
98	Emily	Rodriguez	rodriguez.emily1960@example.org	+49 152 95318979	300 Market Street	Paris		22421	FR	1940-08-20	\N	2023-05-06 15:01:13
99	Łukasz	Jackson	jackson.lukasz1977@acme-corp.com	+91 97317 79923	323 Gartenweg	Amsterdam		36013	NL	1978-04-09	\N	2023-06-27 19:29:42
100	Arjun	Ferrari	arjunferrari@yahoo.co.in	+55 11 98605-1645	311 Calle Mayor	Paris		44879	FR	1952-04-23	\N	2023-06-03 11:07:41
101	Andrew	Jones	andrew.jones+spam@yahoo.co.in	4876362972	165 Station Road	New York	NY	23968	US	1953-11-28	\N	2023-01-06 05:25:32
102	Hiroshi	Becker	h.becker@example.com	(277) 569-9095	217 Hauptstraße	Denver	CO	57811	US	1941-12-18	868-43-5659	2023-08-25 09:08:56
103	Yuki	Esposito	yukiesposito@wp.pl	+81 3-4971-8826	301 Lincoln Way	Warszawa		78784	PL	1978-05-20	\N	2023-03-08 21:55:52
104	Barbara	Robinson	barbara.robinson+2024@orange.fr	+1-700-412-8930	333 Washington Ave	Denver	CO	03374	US	1941-03-28	279-28-3765	2023-04-13 02:23:18
105	Paul	Weber	paul_weber@gmail.com	+1 822 807 8407	351 Oak Avenue	Seattle	WA	86699	US	1994-06-28	\N	2023-07-27 16:55:09
106	João	Robinson	j.robinson@example.org	+1 (645) 280-5816	323 Elm Street	Denver	CO	96142	US	1969-07-06	\N	2023-03-05 13:00:42
107	Christian	Walker	christian.walker@mail.example.co.jp	+4915013382897	178 Broadway	Mumbai		14016	IN	1952-09-22	\N	2023-10-16 13:54:06
108	Priya	Zhang	priyazhang@gmx.de	+34 618 635 276	225 Victoria Road	Zürich		55604	CH	1974-08-24	\N	2023-11-12 02:15:59
109	David	Müller	mueller.david1986@bigpond.com.au	665.617.9276	330 Lincoln Way	Denver	CO	42644	US	1996-10-19	\N	2023-09-04 11:10:42
110	João	Wang	joao.wang+2024@icloud.com	259-610-7900	266 Prinsengracht	Denver	CO	14864	US	1981-02-18	\N	2023-01-17 14:52:00
111	Noah	Anderson	anderson.noah1971@mail.example.co.jp	+81 3-5743-4173	179 Market Street	Zürich		22158	CH	2003-02-08	\N	2023-05-18 06:39:45
112	Anthony	Fischer	a.fischer@gmail.com	+44 20 7238 8709	152 Keizersgracht	Barcelona		71516	ES	2003-01-16	\N	2023-03-16 07:38:05
113	Susan	Sharma	susan.sharma+2024@wp.pl	+44 20 7699 2385	336 Prinsengracht, Apt 33	München		05105	DE	1972-02-14	\N	2023-12-15 19:48:54
114	Yuki	Martinez	yuki94@gmx.de	+1-828-809-8397	107 Washington Ave	Austin	TX	02438	US	1971-02-18	\N	2023-02-19 18:48:35
115	Margaret	Clark	margaret.clark@company.io	+34 628 400 697	387 Rue Victor Hugo	Paris		49338	FR	1965-01-17	\N	2023-11-14 15:57:46
116	Sven	Moore	sven28@yahoo.com	+1 300 476 8728	397 Pine Street	New York	NY	25987	US	1962-12-04	001-59-3424	2023-03-04 00:27:59
117	Liam	Smith	liam.smith+spam@web.de	+33 5 42 04 16 67	261 Gran Vía	Amsterdam		32239	NL	1947-03-14	\N	2023-10-08 10:17:06
118	João	O'Connor	joao.oconnor+shop@libero.it	+44 7600 714463	189 Broadway, Apt 39	Madrid		83508	ES	1972-07-05	\N	2023-06-02 22:42:26
119	Ingrid	Williams	williams.ingrid1972@mail.example.co.jp	+44 20 4719 8113	278 Rue Victor Hugo	Kraków		81348	PL	1947-07-04	\N	2023-07-05 22:21:30
120	Sandra	Schneider	sandra.schneider@yahoo.com	+33 7 88 86 46 12	390 High Street	Paris		34635	FR	1950-05-23	\N	2023-08-25 09:01:58
121	Åsa	Lewis	asa38@students.example.edu	+49 30 72057740	129 Broadway	London		SW1A 6KY	GB	1960-08-10	\N	2023-07-15 06:12:51
122	Ingrid	O'Brien	ingridobrien@libero.it	+61 2 1564 2692	242 Rue Victor Hugo	Bruxelles		13515	BE	2001-01-24	\N	2023-10-03 21:24:48
123	Mathéo	Russo	matheorusso@example.org	+44 7585 660064	77 Keizersgracht	Sydney	NSW	47017	AU	1989-03-19	\N	2023-09-16 07:03:37
124	Charles	Horváth	charles7@proton.me	+49 30 03187598	143 Gartenweg	Paris		76858	FR	1981-01-23	\N	2023-06-08 06:50:03
125	Sarah	Lewis	sarah.lewis+2024@icloud.com	4183975544	31 ul. Marszałkowska	Seattle	WA	69016	US	1956-05-18	888-99-7135	2023-03-12 23:37:22
126	Donna	Robinson	donna.robinson@students.example.edu	(827) 825-8886	260 Rue de la Paix, Apt 23	Boston	MA	75711	US	1958-09-18	\N	2023-09-20 04:02:42
127	Hugo	Williams	hugo86@gmail.com	+49 152 80209694	51 High Street	Madrid		13497	ES	1988-07-21	\N	2023-12-18 10:24:26
128	Arjun	Smith	arjunsmith@example.com	+4915127715275	253 Park Road	Roma		92787	IT	1994-04-07	\N	2023-02-10 01:53:05
129	Brian	Rodriguez	brian_rodriguez@icloud.com	+55 11 98029-8624	227 Station Road	Milano		64245	IT	1977-10-06	\N	2023-06-27 01:55:37
130	Priya	Schmidt	priya_schmidt@outlook.com	+49 158 00773166	175 Calle Mayor, Apt 9	Mumbai		55128	IN	1988-05-19	\N	2023-11-22 16:55:23
131	Wei	Weber	wei92@yahoo.com	+61 2 1691 7652	252 Calle Mayor	Milano		55023	IT	1943-08-23	\N	2023-07-05 18:47:22
132	Charles	Gómez	charles.gomez+news@libero.it	+61 2 6746 5506	236 Bahnhofstraße	Zürich		09670	CH	1942-03-21	\N	2023-10-23 06:30:20
133	Zofia	Fischer	zofia68@gmx.de	+31 20 945 4669	194 Cedar Lane	Manchester		SW1A 6KE	GB	2002-09-28	\N	2023-01-07 03:02:21
134	Christian	Smith	christian_smith@proton.me	900.533.8761	239 Pine Street	Toronto	ON	45281	CA	1974-02-14	\N	2023-06-13 02:32:19
135	Susan	Jones	s.jones@uni-hamburg.de	+61 2 5923 0561	93 Park Road	Madrid		42091	ES	1950-07-11	\N	2023-05-21 09:27:26
136	Sarah	Moreau	moreau.sarah1978@proton.me	+44 20 0389 5976	134 Keizersgracht, Apt 73	Zürich		46459	CH	1965-04-24	\N	2023-09-08 19:37:27
137	Emma	Rodriguez	emma_rodriguez@web.de	+61 2 0410 8914	94 Hauptstraße	Mumbai		82004	IN	1977-05-14	\N	2023-11-26 14:45:47
138	Ana	Jones	anajones@yahoo.co.in	+44 20 6629 7852	88 Calle Mayor	Amsterdam		01030	NL	1945-01-07	\N	2023-04-25 22:20:08
139	Karen	Clark	karen73@wp.pl	+61 2 8315 8915	46 Church Lane	Lyon		29253	FR	1955-08-14	\N	2023-05-11 00:58:23
140	Jennifer	O'Connor	jennifer_oconnor@orange.fr	+81 3-1902-8027	24 Bahnhofstraße	Warszawa		20498	PL	1945-12-14	\N	2023-10-17 12:05:57
141	Omar	Anderson	omar_anderson@students.example.edu	+31 20 386 8829	324 Prinsengracht	Manchester		SW1A 7XG	GB	1992-01-26	\N	2023-04-22 18:19:17
142	Sophie	Esposito	sophie59@icloud.com	(346)680-1911	72 Station Road	Toronto	ON	69596	CA	1976-10-11	\N	2023-08-25 15:13:24
143	Kevin	Pérez	kevin.perez+news@wp.pl	(365) 669-7308	15 ul. Marszałkowska, Apt 21	New York	NY	58456	US	1943-07-04	537-77-8848	2023-12-18 15:44:31
144	Jessica	Moreau	j.moreau@example.com	+81 3-0172-0114	200 Church Lane	Tokyo		08146	JP	1952-04-14	\N	2023-03-14 18:18:34
145	Liam	Lewis	liam.lewis@uni-hamburg.de	6288475523	32 Kungsgatan	Seattle	WA	32166	US	1974-09-18	\N	2023-01-08 01:46:46
146	Andrew	Koch	a.koch@hotmail.co.uk	+33 5 61 22 60 12	369 Broadway	Hamburg		10305	DE	1948-07-12	\N	2023-05-08 16:48:48
147	William	Hernandez	william.hernandez@yahoo.co.in	+49 30 22359571	10 Rue Victor Hugo	São Paulo		30724	BR	2004-12-25	\N	2023-06-05 21:16:15
148	William	Becker	w.becker@company.io	+49 30 48121517	90 Gartenweg	London		SW1A 1BO	GB	1985-02-13	\N	2023-03-05 04:40:27
149	Thomas	Lewis	thomas.lewis@proton.me	+44 20 5860 2249	270 Corso Italia	Paris		77451	FR	1988-07-14	\N	2023-04-09 03:25:57
150	Ashley	Schneider	schneider.ashley1983@libero.it	+4915131371820	276 ul. Marszałkowska	Milano		98026	IT	1988-08-26	\N	2023-04-03 06:42:39
151	Jürgen	Martinez	juergen.martinez@example.com	+44 7008 612884	81 Park Road	Lyon		93205	FR	1980-10-02	\N	2023-10-10 17:54:13
152	Lukas	Johansson	johansson.lukas1978@mail.example.co.jp	326.238.9607	133 High Street, Apt 57	New York	NY	30633	US	1940-11-19	364-19-8605	2023-05-18 10:59:31
153	Mary	Jansen	mary.jansen@example.org	632.873.9323	203 Main St	Springfield	IL	31320	US	1981-09-03	249-47-9755	2023-04-17 19:56:27
154	Michael	Jackson	michael.jackson@students.example.edu	+49 154 37203766	159 Kungsgatan	Manchester		SW1A 2SJ	GB	1950-04-27	\N	2023-02-19 02:46:00
155	James	Moreau	james46@mail.example.co.jp	(871)914-4439	277 Park Road	Boston	MA	25537	US	1970-04-13	825-81-7905	2023-08-08 21:18:40
156	James	Martinez	james.martinez@gmx.de	+4915061037497	62 Kungsgatan	München		44718	DE	1975-01-11	\N	2023-10-25 10:55:33
157	Elizabeth	Moreau	elizabeth.moreau@example.org	+44 20 2975 1493	276 Maple Drive	Milano		35215	IT	1990-06-26	\N	2023-02-05 09:45:01
158	João	Horváth	joao57@wp.pl	9174102440	87 Rue Victor Hugo	New York	NY	92915	US	1985-04-01	\N	2023-06-28 18:11:46
159	Emma	Clark	emma34@orange.fr	+44 7967 617544	193 Pine Street	Roma		86328	IT	1994-02-27	\N	2023-07-17 03:20:59
160	Fatima	Kowalski	f.kowalski@company.io	+91 96169 87469	158 Pine Street	Milano		42608	IT	1999-03-13	\N	2023-05-01 06:57:17
161	Sven	Smith	sven65@bigpond.com.au	+91 91901 94022	383 Corso Italia	Barcelona		76684	ES	1945-02-22	\N	2023-10-20 16:31:14
162	Mary	Lewis	marylewis@company.io	+44 7757 921052	227 Prinsengracht	Sydney	NSW	45566	AU	1987-07-15	\N	2023-03-02 18:49:04
163	Christian	Schäfer	christian.schaefer+news@mail.example.co.jp	+31 20 995 6463	390 Gran Vía	Stockholm		93583	SE	2002-03-08	\N	2023-06-22 21:56:56
164	Camila	Davis	davis.camila1954@yahoo.co.in	644.537.0697	28 Bahnhofstraße	Portland	OR	06762	US	1974-02-15	\N	2023-09-22 08:53:08
165	Daniel	Sharma	danielsharma@hotmail.co.uk	+31 20 390 6052	129 Via Roma	Sydney	NSW	19639	AU	1952-08-08	\N	2023-09-06 18:00:20
166	Ingrid	Lopez	ingrid96@acme-corp.com	305.246.8772	141 High Street	Austin	TX	90831	US	1979-04-22	\N	2023-11-10 14:02:00
167	Brian	Johnson	brian.johnson@orange.fr	+49 151 36431310	198 Elm Street, Apt 78	Warszawa		18298	PL	1958-11-15	\N	2023-02-15 05:31:42
168	Brian	Tanaka	b.tanaka@icloud.com	+49 30 07500773	394 Market Street	Tokyo		60034	JP	1954-06-07	\N	2023-06-19 20:44:24
169	Sven	White	s.white@icloud.com	+31 20 617 6154	80 Gartenweg	Milano		55335	IT	2002-02-15	\N	2023-10-13 22:29:48
170	Liam	Wilson	liam.wilson@uni-hamburg.de	+34 608 161 415	337 Broadway, Apt 64	Amsterdam		65392	NL	1977-11-20	\N	2023-12-28 12:28:37
171	Sven	Silva	sven.silva@hotmail.co.uk	+31 20 922 0702	359 Hauptstraße	Hamburg		76468	DE	2003-10-13	\N	2023-06-02 09:59:44
172	Francesco	Wagner	francesco.wagner+2024@proton.me	+61 2 3154 6912	11 Victoria Road	London		SW1A 7SU	GB	2001-02-27	\N	2023-06-07 06:04:39
173	Hiroshi	Wójcik	h.wojcik@web.de	+49 156 06058367	29 Victoria Road	Madrid		37582	ES	1945-02-11	\N	2023-03-07 07:47:53
174	William	Singh	w.singh@icloud.com	+49 158 18111469	51 Broadway	Roma		77277	IT	2003-03-23	\N	2023-10-25 01:35:47
175	Emily	Anderson	anderson.emily1989@web.de	+61 2 8543 4458	338 ul. Marszałkowska, Apt 21	Manchester		SW1A 1FK	GB	1956-08-28	\N	2023-09-19 06:07:01
176	Pedro	Pérez	pedroperez@uni-hamburg.de	+61 2 7976 0686	258 Church Lane	Paris		70023	FR	1952-11-25	\N	2023-07-05 16:17:00
177	Noah	Becker	noah.becker+2024@company.io	+44 20 4881 4313	247 Pine Street	Manchester		SW1A 9PV	GB	1952-03-17	\N	2023-11-26 14:54:18
178	Priya	Meyer	meyer.priya1963@gmail.com	+91 99878 13283	139 Market Street	São Paulo		96822	BR	1984-08-01	\N	2023-03-10 19:22:57
179	Barbara	Anderson	barbaraanderson@icloud.com	+1 964 461 4041	198 ul. Marszałkowska	Seattle	WA	90095	US	1954-03-01	751 08 8647	2023-08-23 18:16:52
180	John	Brown	brown.john1980@gmx.de	+49 30 64863822	69 Gran Vía	München		76134	DE	1983-09-12	\N	2023-12-07 15:08:31
181	Linda	Sharma	linda.sharma+spam@outlook.com	+55 11 98081-6599	345 Church Lane	Stockholm		81721	SE	1995-12-08	\N	2023-04-07 23:20:42
182	Lukas	Fischer	lukasfischer@bigpond.com.au	+33 4 01 63 35 73	75 Pine Street	Milano		05061	IT	1994-07-19	\N	2023-09-06 21:01:12
183	Brian	Meyer	brianmeyer@mail.example.co.jp	+55 11 92103-1745	30 Kungsgatan	Lyon		33466	FR	1959-01-11	\N	2023-01-27 21:07:57
184	Ingrid	Bianchi	ingrid37@yahoo.com	+49 152 69795512	117 Hauptstraße	Hamburg		98517	DE	1997-12-26	\N	2023-09-20 20:30:55
185	Susan	O'Connor	susan22@wp.pl	+44 20 2470 5454	174 Keizersgracht	Barcelona		13149	ES	2000-10-19	\N	2023-04-10 07:54:58
186	Pedro	Martin	pedro.martin@acme-corp.com	(658) 263-9119	112 Lincoln Way	New York	NY	58823	US	1958-12-04	245-08-9731	2023-08-26 17:08:21
187	Richard	Andersson	richard38@students.example.edu	+55 11 90726-6507	184 Rue Victor Hugo	Berlin		45959	DE	1972-05-20	\N	2023-05-21 10:35:17
188	Lukas	White	lukas_white@gmail.com	+49 159 47016717	382 Station Road	Zürich		52866	CH	1967-01-18	\N	2023-03-24 06:34:09
189	Łukasz	Jones	l.jones@mail.example.co.jp	+55 11 90409-3762	281 Bahnhofstraße	Stockholm		93365	SE	1951-03-10	\N	2023-11-02 09:28:37
190	Carol	Martinez	carol_martinez@example.com	+55 11 93840-9169	15 Bahnhofstraße	Tokyo		28097	JP	1991-12-06	\N	2023-04-04 04:29:49
191	José	Tanaka	josetanaka@orange.fr	+34 622 468 999	141 Keizersgracht	Paris		83248	FR	1963-05-11	\N	2023-06-02 09:08:10
192	Patricia	Russo	patricia11@uni-hamburg.de	+49 30 50519117	20 Broadway	Rotterdam		71173	NL	1943-09-11	\N	2023-01-13 23:37:39
193	Lucía	Lefèvre	lefevre.lucia1970@proton.me	(809)400-7845	213 Kungsgatan	New York	NY	72010	US	1991-09-21	891-48-5290	2023-05-02 15:39:46
194	Sophie	Garcia	sophie51@acme-corp.com	(901)924-6292	190 ul. Marszałkowska	Portland	OR	10207	US	1989-01-22	543-61-2731	2023-06-16 02:03:12
195	Olivia	de Vries	oliviadevries@acme-corp.com	+31 20 372 7443	360 Victoria Road	Berlin		01108	DE	1983-04-26	\N	2023-04-11 08:59:35
196	Lisa	Harris	lisa.harris+shop@yahoo.co.in	+1 892 887 4452	349 Gartenweg	Portland	OR	40444	US	1983-05-06	532-12-6441	2023-11-02 13:36:27
197	Piotr	Nowak	piotr_nowak@uni-hamburg.de	+4915613715066	310 Calle Mayor	Roma		02429	IT	1982-10-11	\N	2023-11-19 04:28:37
198	Aisha	Schneider	aishaschneider@proton.me	+44 20 1246 2023	228 Kungsgatan	Manchester		SW1A 1PZ	GB	1970-02-16	\N	2023-03-12 17:17:15
199	Omar	Miller	omar.miller+2024@wp.pl	+49 153 71727217	39 Washington Ave	Milano		64256	IT	1997-09-11	\N	2023-01-06 20:05:05
200	Charles	Laurent	c.laurent@mail.example.co.jp	+34 610 928 987	205 Washington Ave	Zürich		22632	CH	1998-07-25	\N	2023-03-12 00:49:23
201	Kevin	Johnson	johnson.kevin1963@wp.pl	+33 1 54 77 03 34	345 Cedar Lane	Hamburg		83432	DE	1953-09-23	\N	2023-07-25 15:53:52
202	Emma	Lewis	emmalewis@bigpond.com.au	(917)421-0860	386 Oak Avenue	Toronto	ON	14279	CA	1946-12-01	\N	2023-09-04 06:45:56
203	Richard	Moreau	r.moreau@yahoo.com	+49 30 38930076	139 Pine Street	Lyon		95211	FR	1985-05-16	\N	2023-08-20 06:35:05
204	Robert	Gómez	robert.gomez+shop@students.example.edu	+1 (910) 758-2108	40 ul. Marszałkowska	Chicago	IL	41660	US	1940-10-17	\N	2023-07-09 22:25:17
205	Björn	Novák	bjoern77@gmx.de	+49 30 10277544	320 Rue de la Paix	London		SW1A 4QZ	GB	1944-03-11	\N	2023-09-14 01:11:51
206	Ana	McDonald	anamcdonald@company.io	+44 20 9299 5150	270 Gran Vía	Madrid		88859	ES	1982-05-07	\N	2023-04-12 14:43:38
207	Hiroshi	Rossi	hiroshi.rossi+2024@web.de	+49 30 19773666	30 Washington Ave	Kraków		25243	PL	1989-04-22	\N	2023-04-16 19:10:38
208	Emily	Nowak	emily.nowak+spam@libero.it	(710) 200-8714	303 Station Road	Seattle	WA	30341	US	1950-01-15	\N	2023-04-27 09:15:30
209	David	Silva	silva.david1997@gmx.de	+4915435667678	137 Avenue des Champs-Élysées	Tokyo		15342	JP	2001-06-12	\N	2023-06-03 23:24:04
210	Emma	Nilsson	e.nilsson@students.example.edu	+49 30 29521454	198 Church Lane	Manchester		SW1A 8MQ	GB	1952-01-28	\N	2023-06-09 23:41:03
211	Åsa	Novák	asanovak@orange.fr	+49 157 67373374	161 Hauptstraße, Apt 36	Madrid		27854	ES	2004-02-12	\N	2023-06-17 00:45:18
212	Omar	Lee	omar.lee@wp.pl	+1 768 209 3159	331 Gartenweg	Springfield	IL	48154	US	1987-06-14	\N	2023-08-23 02:37:36
213	Francesco	Brown	brown.francesco1991@acme-corp.com	+49 30 59729517	257 Hauptstraße	Berlin		69783	DE	1940-04-09	\N	2023-07-13 09:53:19
214	William	Gonzalez	williamgonzalez@example.org	+31 20 696 5244	259 Calle Mayor, Apt 69	Tokyo		00503	JP	1941-11-11	\N	2023-11-15 10:15:38
215	Sofía	Wang	wang.sofia1972@yahoo.co.in	276-472-0549	301 Avenue des Champs-Élysées	Springfield	IL	16459	US	1981-09-17	\N	2023-11-18 21:36:27
216	Hiroshi	Esposito	h.esposito@bigpond.com.au	731.271.4046	36 Via Roma	Austin	TX	03069	US	1990-05-15	\N	2023-02-14 14:49:27
217	Charles	Schneider	charles.schneider+spam@bigpond.com.au	+1 (981) 211-3643	86 Rue Victor Hugo, Apt 69	Austin	TX	12315	US	1956-11-28	515-63-9476	2023-08-16 01:07:09
218	Charles	Laurent	charles_laurent@students.example.edu	+91 97429 44541	205 Keizersgracht, Apt 44	Lyon		49393	FR	1948-09-16	\N	2023-10-05 15:03:59
219	Matteo	Koch	koch.matteo1999@yahoo.com	589-697-8896	149 Sunset Blvd	Toronto	ON	34649	CA	1965-11-15	\N	2023-10-03 06:29:38
220	Andrew	de Vries	andrew.devries@gmail.com	+49 30 15921146	6 Keizersgracht	Sydney	NSW	88556	AU	1967-09-20	\N	2023-10-08 15:38:25
221	Margaret	Moreau	margaretmoreau@proton.me	+91 94704 70441	285 Rue de la Paix	Manchester		SW1A 9JX	GB	1988-12-11	\N	2023-06-01 05:03:55
222	Mary	Wójcik	m.wojcik@bigpond.com.au	+91 98395 30633	265 Elm Street, Apt 44	Hamburg		96186	DE	1993-06-13	\N	2023-01-01 08:20:00
223	Daniel	Walker	d.walker@web.de	+81 3-8914-4661	103 Bahnhofstraße	Sydney	NSW	75330	AU	1942-03-03	\N	2023-08-24 00:03:30
224	Léa	Andersson	lea.andersson@libero.it	+31 20 907 0514	55 Kungsgatan	Hamburg		68513	DE	1940-03-21	\N	2023-01-26 06:28:41
225	Lucía	Tanaka	tanaka.lucia1985@yahoo.co.in	+33 5 05 60 89 57	151 Lincoln Way, Apt 82	Kraków		24548	PL	1983-06-23	\N	2023-07-11 19:16:50
226	David	Gonzalez	david.gonzalez@mail.example.co.jp	912.771.9713	16 Oak Avenue	Denver	CO	09439	US	1991-08-22	375-65-8647	2023-08-24 10:49:05
227	Emma	Russo	emma.russo@orange.fr	+91 90069 41679	291 Oak Avenue	Madrid		95429	ES	1986-08-08	\N	2023-12-08 04:55:04
228	Nancy	Robinson	nancy.robinson@gmail.com	+44 20 4976 6680	175 Rue de la Paix	Berlin		56833	DE	1993-05-15	\N	2023-12-06 13:05:24
229	Camila	Patel	camila87@libero.it	+81 3-1970-2042	99 Park Road	Kraków		74238	PL	1983-09-16	\N	2023-07-19 02:53:32
230	Daniel	Jones	danieljones@web.de	+49 152 50995756	261 Bahnhofstraße	Amsterdam		42970	NL	1989-07-22	\N	2023-06-04 10:28:49
231	Sarah	Horváth	sarah.horvath+news@bigpond.com.au	+81 3-9195-7489	32 Church Lane	Kraków		58649	PL	1986-12-08	\N	2023-01-01 08:12:18
232	João	Walker	joao.walker+shop@yahoo.co.in	+44 20 8891 5102	161 ul. Marszałkowska	Warszawa		63299	PL	2004-04-05	\N	2023-06-27 16:09:02
233	Michael	Wang	michael_wang@outlook.com	+44 20 9956 7513	360 Sunset Blvd	Kraków		85087	PL	2004-10-11	\N	2023-02-08 10:48:54
234	Anthony	Santos	anthony.santos@icloud.com	+49 159 46214041	193 Prinsengracht	Bruxelles		76576	BE	2004-10-08	\N	2023-11-10 23:12:17
235	Kevin	Horváth	horvath.kevin1980@orange.fr	+49 30 08517100	32 Sunset Blvd	Kraków		50860	PL	1972-04-16	\N	2023-03-18 10:02:26
236	Ashley	Santos	ashley.santos+spam@web.de	(870) 475-6471	25 Elm Street	Denver	CO	02189	US	1941-01-04	345-15-7578	2023-06-23 08:38:33
237	Hugo	Patel	hugo.patel@hotmail.co.uk	+1 384 852 5880	240 Rue Victor Hugo	Toronto	ON	45163	CA	1961-12-21	\N	2023-12-20 09:24:10
238	Betty	Johansson	johansson.betty1976@mail.example.co.jp	+81 3-7253-2156	20 Hauptstraße	Mumbai		92075	IN	1942-03-23	\N	2023-09-18 18:03:06
239	Steven	Anderson	s.anderson@proton.me	438-432-6424	13 Church Lane	New York	NY	47375	US	1979-10-09	\N	2023-06-03 23:47:22
240	Robert	Wagner	wagner.robert1998@students.example.edu	+81 3-7501-4007	158 Washington Ave	Warszawa		87144	PL	1955-05-11	\N	2023-02-06 18:57:41
241	Sophie	O'Connor	sophie.oconnor@proton.me	+55 11 96044-3849	396 Oak Avenue	Tokyo		10928	JP	1992-07-21	\N	2023-02-01 19:34:40
242	Michael	Schneider	michael32@wp.pl	+55 11 97282-2649	199 Keizersgracht, Apt 54	London		SW1A 3XL	GB	1976-01-01	\N	2023-06-07 05:51:41
243	David	Meyer	david_meyer@mail.example.co.jp	+49 154 73600693	100 Elm Street, Apt 58	Kraków		50410	PL	1950-06-17	\N	2023-04-10 16:34:15
244	Sven	Hernandez	sven57@example.org	+1-764-442-2950	148 Oak Avenue	Springfield	IL	86631	US	1943-07-23	236-83-8613	2023-07-10 10:02:28
245	Priya	Esposito	p.esposito@proton.me	+33 2 67 52 80 58	336 Via Roma	Bruxelles		73905	BE	1999-01-10	\N	2023-12-08 16:55:03
246	Brian	van der Berg	brian.vanderberg@example.com	936.899.1394	351 Bahnhofstraße	Springfield	IL	36186	US	1948-04-06	099-67-8877	2023-08-06 02:16:51
247	James	Nowak	nowak.james1978@acme-corp.com	+4915825829089	2 Rue Victor Hugo	Sydney	NSW	08588	AU	1954-03-28	\N	2023-04-10 06:12:07
248	Steven	Smith	steven.smith+2024@company.io	+49 153 02517211	240 Rue de la Paix	Paris		53065	FR	1980-04-13	\N	2023-02-23 18:25:23
249	Mary	Lefèvre	marylefevre@example.org	+91 95228 57917	159 Oak Avenue	Paris		38102	FR	1993-09-07	\N	2023-10-09 04:43:37
250	Björn	Pérez	bjoern.perez@example.org	+1 (536) 954-1678	284 Prinsengracht	Portland	OR	87159	US	1943-06-18	\N	2023-04-23 20:15:45
251	Karen	Li	karen95@outlook.com	+55 11 99887-9434	48 Elm Street	Roma		57334	IT	1958-04-01	\N	2023-07-22 11:49:13
252	Michael	Esposito	michael.esposito+news@icloud.com	+1 363 705 1287	72 Victoria Road	Seattle	WA	90080	US	1955-06-13	714-11-1214	2023-07-19 23:41:23
253	Hugo	Wójcik	h.wojcik@orange.fr	+34 678 160 663	244 Oak Avenue	Tokyo		31001	JP	1985-06-24	\N	2023-09-19 09:22:21
254	Ingrid	O'Connor	ingrid.oconnor+spam@orange.fr	+44 20 2431 9747	337 Keizersgracht	Rotterdam		69141	NL	2003-10-09	\N	2023-07-05 21:57:25
255	Sandra	Sánchez	sandra33@gmail.com	+49 30 23297884	4 Pine Street	München		44013	DE	1944-11-09	\N	2023-12-16 05:45:19
256	Liam	Meyer	liam.meyer+news@web.de	+44 20 6374 1548	221 Corso Italia	Tokyo		73235	JP	1948-10-27	\N	2023-02-14 21:17:06
257	Łukasz	Wójcik	wojcik.lukasz1957@proton.me	+34 661 508 972	327 Gartenweg	Kraków		21035	PL	1986-09-25	\N	2023-12-06 08:20:11
258	Olivia	Bianchi	olivia9@example.com	+49 158 02934153	324 Avenue des Champs-Élysées	Roma		39933	IT	1952-01-10	\N	2023-10-27 03:44:10
259	Hugo	Weber	hugo.weber@web.de	+44 7534 457136	207 Rue de la Paix	Rotterdam		83034	NL	1946-03-15	\N	2023-12-19 00:58:40
260	Mary	Fernández	mary.fernandez+shop@mail.example.co.jp	+44 7748 558026	351 ul. Marszałkowska	Roma		44404	IT	1940-05-19	\N	2023-03-24 16:16:04
261	Priya	Lewis	priya.lewis+news@libero.it	+61 2 4838 9383	340 Corso Italia, Apt 47	Amsterdam		99069	NL	2005-02-27	\N	2023-11-17 08:40:57
262	Sofía	McDonald	sofia95@students.example.edu	+44 20 7760 9900	211 Keizersgracht	Roma		01090	IT	2004-05-04	\N	2023-03-26 13:42:02
263	Camila	Anderson	camila.anderson+news@yahoo.com	+1 (628) 357-5763	374 Washington Ave	Boston	MA	48243	US	2003-05-11	\N	2023-12-01 09:16:23
264	Brian	Singh	brian.singh@wp.pl	+33 1 43 22 54 03	230 Main St	Milano		23450	IT	1997-01-19	\N	2023-12-18 01:52:26
265	Lisa	Fischer	lisa_fischer@orange.fr	+33 3 65 18 48 44	398 Kungsgatan	Berlin		88819	DE	1943-09-01	\N	2023-05-20 05:08:16
266	Michael	Girard	girard.michael1995@gmx.de	+31 20 450 3313	153 Washington Ave, Apt 73	Paris		06242	FR	1976-09-08	\N	2023-02-17 19:50:43
267	Michelle	Walker	m.walker@libero.it	349-335-5707	37 Broadway, Apt 16	Chicago	IL	58221	US	1974-09-09	\N	2023-05-02 19:45:31
268	Matteo	Tanaka	matteotanaka@yahoo.com	+49 154 39494273	263 Cedar Lane	Hamburg		68321	DE	2000-09-26	\N	2023-10-23 14:34:11
269	Barbara	Wagner	b.wagner@yahoo.com	+4915718081977	225 Rue Victor Hugo	Roma		38368	IT	1996-04-26	\N	2023-01-21 16:37:39
270	Zofia	Sánchez	zofiasanchez@proton.me	9594514378	173 Calle Mayor	Chicago	IL	23667	US	1982-12-17	\N	2023-01-12 12:37:52
271	Anna	Jansen	anna.jansen+news@uni-hamburg.de	(658) 240-9709	89 Elm Street	Denver	CO	80258	US	1955-03-01	519-47-4964	2023-03-27 19:40:13
272	Priya	Hernandez	priya_hernandez@proton.me	+44 7973 901463	193 Victoria Road, Apt 64	Manchester		SW1A 6XS	GB	1995-02-02	\N	2023-07-14 10:46:07
273	Christian	Suzuki	christian_suzuki@outlook.com	+55 11 94460-2957	290 Victoria Road	Stockholm		30879	SE	2000-06-10	\N	2023-08-09 18:20:51
274	Lukas	Wang	lukas_wang@example.com	+44 20 4464 4538	62 ul. Marszałkowska	Berlin		35822	DE	1980-10-19	\N	2023-11-05 06:49:46
275	Anthony	de Vries	anthonydevries@mail.example.co.jp	+1-963-332-5935	53 Bahnhofstraße	Boston	MA	54556	US	1998-05-12	386-50-5902	2023-11-25 22:20:23
276	Camila	Martin	camilamartin@example.com	+61 2 3844 4651	294 Calle Mayor	Berlin		23033	DE	2002-06-09	\N	2023-03-15 04:57:13
277	Hiroshi	Rossi	hiroshi.rossi+news@outlook.com	+81 3-3286-3510	341 Bahnhofstraße	Manchester		SW1A 6DO	GB	1989-07-28	\N	2023-01-01 01:03:01
278	Olivia	Pérez	olivia_perez@company.io	+4915539959127	309 ul. Marszałkowska	Berlin		02820	DE	1990-04-22	\N	2023-06-14 23:09:46
279	Lucía	Davis	l.davis@gmx.de	+1-753-666-6371	16 Rue de la Paix, Apt 56	Springfield	IL	10155	US	1988-09-21	043-74-4261	2023-12-03 09:55:15
280	Sarah	de Vries	sarah25@gmail.com	+91 96596 73774	313 Avenue des Champs-Élysées	Rotterdam		79427	NL	1965-05-20	\N	2023-11-18 17:11:52
281	Mathéo	Oliveira	oliveira.matheo1982@mail.example.co.jp	+81 3-8221-7652	348 Hauptstraße	Lyon		21737	FR	1946-06-04	\N	2023-05-24 09:42:35
282	Charles	Lewis	c.lewis@example.org	300.584.4630	391 Keizersgracht	Toronto	ON	68230	CA	1985-01-26	\N	2023-03-21 03:12:56
283	Linda	Hernandez	l.hernandez@icloud.com	+49 30 59480407	54 Station Road, Apt 52	Berlin		26663	DE	1960-02-01	\N	2023-12-11 11:50:07
284	Nancy	Horváth	nancy69@bigpond.com.au	+44 20 0863 9484	189 Lincoln Way	Bruxelles		89416	BE	1987-02-03	\N	2023-07-22 02:00:04
285	José	Silva	silva.jose1960@company.io	2222221487	224 Oak Avenue	Portland	OR	48487	US	1967-04-12	632-28-1104	2023-09-07 05:57:52
286	Thomas	Williams	williams.thomas2005@yahoo.co.in	+44 20 8556 1865	71 Keizersgracht, Apt 10	Paris		80748	FR	2002-08-13	\N	2023-06-26 22:23:18
287	Zofia	Walker	z.walker@company.io	+91 94322 42517	290 Main St	Mumbai		34369	IN	1957-12-08	\N	2023-10-17 17:20:01
288	Matthew	Smith	matthewsmith@example.com	+49 30 62126918	263 Lincoln Way	Kraków		22998	PL	1951-05-09	\N	2023-07-22 16:00:06
289	Carol	Fernández	c.fernandez@web.de	+4915423178394	36 Victoria Road	London		SW1A 4CU	GB	1980-10-06	\N	2023-07-16 10:53:38
290	Liam	Santos	liam.santos+news@yahoo.co.in	(684)265-9952	385 Washington Ave	Portland	OR	91712	US	2005-02-17	\N	2023-04-09 16:28:35
291	Ana	Moreau	a.moreau@icloud.com	+44 7991 798036	27 Rue Victor Hugo, Apt 56	München		45195	DE	1992-08-25	\N	2023-05-10 23:14:47
292	Margaret	Silva	margaret_silva@gmx.de	+49 151 28763585	287 Prinsengracht	Rotterdam		63936	NL	1977-06-03	\N	2023-10-16 05:59:10
293	David	Müller	mueller.david1982@bigpond.com.au	+49 30 97914629	272 ul. Marszałkowska	Manchester		SW1A 5AI	GB	1945-06-20	\N	2023-08-23 15:02:41
294	Giulia	Li	giulia.li@proton.me	(200) 350-2141	84 Cedar Lane, Apt 45	Chicago	IL	34379	US	1943-06-28	\N	2023-11-21 15:47:04
295	Linda	Johansson	linda.johansson@icloud.com	(973) 931-5565	226 Church Lane	Seattle	WA	57831	US	1945-06-19	\N	2023-10-02 02:55:46
296	Michelle	O'Connor	michelle81@mail.example.co.jp	+1 372 942 6830	99 Via Roma	Denver	CO	40225	US	1946-06-17	\N	2023-10-07 13:28:18
297	David	Fischer	david.fischer+news@uni-hamburg.de	+4915096435467	220 Park Road	Berlin		84568	DE	1989-10-12	\N	2023-07-19 13:36:25
298	Ashley	Brown	ashley_brown@orange.fr	705-777-5161	53 Victoria Road	Springfield	IL	74263	US	1974-01-23	589-40-5034	2023-05-14 22:46:11
299	Ashley	Patel	patel.ashley1966@outlook.com	+33 2 63 57 11 81	297 Corso Italia	Paris		85747	FR	1962-12-14	\N	2023-05-06 00:27:15
300	Margaret	Bianchi	bianchi.margaret2004@example.com	+49 156 39470052	290 Maple Drive	Barcelona		28011	ES	1983-06-13	\N	2023-03-18 08:19:52
\.

CREATE TABLE public.support_tickets (
    id bigint,
    customer_id bigint,
    status character varying(255),
    body text,
    created_at timestamp
);


ALTER TABLE public.support_tickets OWNER TO shop;

--
-- Data for Name: support_tickets; Type: TABLE DATA; Schema: public; Owner: shop
--

COPY public.support_tickets (id, customer_id, status, body, created_at) FROM stdin;
1	1690018	open	Please cancel my subscription at the end of the billing period. Thanks, Ana	2024-09-07 08:54:00
2	306590	closed	Please cancel my subscription at the end of the billing period. Thanks, Pedro	2024-03-04 04:40:00
3	1799146	closed	Coupon code did not apply at checkout. Thanks, Karen	2024-08-16 22:49:00
4	514642	open	Please cancel my subscription at the end of the billing period. Thanks, Michelle	2024-09-04 17:34:00
5	117426	closed	Please cancel my subscription at the end of the billing period. Thanks, José	2024-09-07 21:50:00
6	1512362	open	Customer asked to update email to pedro.becker+news@gmx.de - done	2024-11-04 23:42:00
7	135	closed	Customer asked to update email to lukas_schmidt@libero.it - done	2024-12-22 13:25:00
8	970639	closed	Please call me back on 988-900-0715 after 5pm, thanks Daniel	2024-08-28 19:43:00
9	189916	open	Please cancel my subscription at the end of the billing period. Thanks, Brian	2024-10-07 00:11:00
10	595497	closed	Please call me back on +1-590-922-8563 after 5pm, thanks Kevin	2024-04-11 10:03:00
11	696530	closed	Please call me back on (393) 462-1879 after 5pm, thanks Kevin	2024-07-06 13:24:00
12	481833	pending	Please call me back on 768.657.5019 after 5pm, thanks Fatima	2024-11-10 00:08:00
13	1533722	open	Where is my order? Tracking has not updated for 5 days. Thanks, Steven	2024-03-17 09:34:00
14	1214080	closed	Please cancel my subscription at the end of the billing period. Thanks, Sarah	2024-09-21 05:40:00
15	1950687	pending	Coupon code did not apply at checkout. Thanks, Mark	2024-01-21 14:27:00
16	762299	open	Package arrived damaged, requesting replacement. Thanks, Robert	2024-07-07 12:41:00
17	1221899	open	Please cancel my subscription at the end of the billing period. Thanks, Thomas	2024-01-09 23:15:00
18	1782822	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Hugo	2024-11-10 00:29:00
19	1388160	pending	Please cancel my subscription at the end of the billing period. Thanks, Robert	2024-01-21 19:56:00
20	961691	closed	Coupon code did not apply at checkout. Thanks, Barbara	2024-01-16 03:53:00
21	661285	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Olivia	2024-06-27 18:51:00
22	1713221	pending	Coupon code did not apply at checkout. Thanks, Betty	2024-07-08 19:09:00
23	124648	open	Wrong size delivered, need exchange for size L. Thanks, Sven	2024-12-28 18:18:00
24	1792511	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Sandra	2024-09-02 11:26:00
25	334066	open	Patient intake: ALZHEIMER'S noted by clinician. Agent: Matthew	2024-11-02 05:01:00
26	580032	pending	Package arrived damaged, requesting replacement. Thanks, Chiara	2024-07-18 11:19:00
27	1608290	pending	Wrong size delivered, need exchange for size L. Thanks, John	2024-03-10 00:09:00
28	514793	closed	Please cancel my subscription at the end of the billing period. Thanks, Camila	2024-02-27 20:21:00
29	969164	closed	Customer note: caller said she is EPILEPSY and asked to pause deliveries. Agent: Mary	2024-07-17 05:51:00
30	1280076	open	Coupon code did not apply at checkout. Thanks, Steven	2024-04-15 16:33:00
31	1350865	closed	Customer asked to update email to lisa66@outlook.com - done	2024-09-22 15:56:00
32	816319	pending	Coupon code did not apply at checkout. Thanks, Robert	2024-05-16 10:24:00
33	292546	open	Coupon code did not apply at checkout. Thanks, Ana	2024-01-06 11:07:00
34	512841	closed	Coupon code did not apply at checkout. Thanks, Aisha	2024-10-11 22:43:00
35	319105	closed	Package arrived damaged, requesting replacement. Thanks, Léa	2024-04-16 12:34:00
36	1057854	pending	Package arrived damaged, requesting replacement. Thanks, Linda	2024-08-04 09:27:00
37	1398806	pending	Patient intake: TRADE UNION noted by clinician. Agent: Omar	2024-06-12 16:31:00
38	1560149	open	Where is my order? Tracking has not updated for 5 days. Thanks, Thomas	2024-06-20 15:07:00
39	505482	pending	Customer asked to update email to bjoern.garcia@outlook.com - done	2024-04-06 09:11:00
40	323580	open	Package arrived damaged, requesting replacement. Thanks, Arjun	2024-11-24 16:49:00
41	1237012	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Aisha	2024-10-07 20:46:00
42	1248241	open	Where is my order? Tracking has not updated for 5 days. Thanks, Richard	2024-03-16 09:29:00
43	1841650	open	survey answer: DNA SAMPLE. Agent: Margaret	2024-05-23 02:07:00
44	1448146	pending	Package arrived damaged, requesting replacement. Thanks, Lukas	2024-07-26 20:50:00
45	293891	closed	Please cancel my subscription at the end of the billing period. Thanks, Ingrid	2024-05-26 22:31:00
46	1088988	pending	free-text field contains 'addiction' (flagged for review). Agent: Yuki	2024-09-17 04:39:00
47	1380189	open	Package arrived damaged, requesting replacement. Thanks, Sarah	2024-12-05 02:40:00
48	329541	open	Please cancel my subscription at the end of the billing period. Thanks, Lisa	2024-04-18 23:14:00
49	1327671	pending	Wrong size delivered, need exchange for size L. Thanks, Nancy	2024-12-22 09:28:00
50	379203	closed	Please cancel my subscription at the end of the billing period. Thanks, Matteo	2024-05-21 01:29:00
51	889744	open	Where is my order? Tracking has not updated for 5 days. Thanks, João	2024-12-23 07:17:00
52	88110	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Ashley	2024-05-10 22:06:00
53	574947	closed	support ticket: user mentioned gay when requesting a refund. Agent: Giulia	2024-08-12 18:19:00
54	1665533	pending	Coupon code did not apply at checkout. Thanks, Sarah	2024-09-03 02:21:00
55	381624	open	Please cancel my subscription at the end of the billing period. Thanks, Mary	2024-01-24 13:39:00
56	1663420	open	comment=I am HIV and need assistance. Agent: Emily	2024-06-11 02:40:00
57	910459	pending	Please cancel my subscription at the end of the billing period. Thanks, Olivia	2024-06-07 19:27:00
58	1576389	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Liam	2024-09-07 00:46:00
59	615230	open	Please cancel my subscription at the end of the billing period. Thanks, Nancy	2024-11-17 18:26:00
60	1705553	open	Package arrived damaged, requesting replacement. Thanks, David	2024-07-19 04:59:00
61	389848	open	Wrong size delivered, need exchange for size L. Thanks, Paul	2024-07-26 07:25:00
62	403039	open	Please call me back on 925-553-8107 after 5pm, thanks Chiara	2024-07-23 16:15:00
63	1924469	closed	Package arrived damaged, requesting replacement. Thanks, Lucía	2024-07-04 12:40:00
64	468586	open	Coupon code did not apply at checkout. Thanks, Andrew	2024-07-11 22:13:00
65	1618444	open	Customer asked to update email to emily.davis@yahoo.com - done	2024-07-26 03:01:00
66	173916	open	Please cancel my subscription at the end of the billing period. Thanks, Joseph	2024-01-25 09:28:00
67	1530479	closed	Package arrived damaged, requesting replacement. Thanks, Giulia	2024-11-01 05:50:00
68	1390243	pending	Customer asked to update email to susan6@example.org - done	2024-04-21 10:44:00
69	837805	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Ana	2024-12-09 05:12:00
70	485022	closed	survey answer: CRIMINAL CONVICTION. Agent: Åsa	2024-02-15 08:14:00
71	1663082	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Anna	2024-03-10 20:10:00
72	934529	closed	Coupon code did not apply at checkout. Thanks, Linda	2024-10-05 21:11:00
73	529401	pending	Package arrived damaged, requesting replacement. Thanks, James	2024-07-08 21:12:00
74	1870783	open	Where is my order? Tracking has not updated for 5 days. Thanks, Omar	2024-10-05 14:11:00
75	1634840	closed	Please cancel my subscription at the end of the billing period. Thanks, Björn	2024-07-27 02:09:00
76	1599373	closed	Please call me back on +49 152 06863800 after 5pm, thanks Barbara	2024-09-15 02:59:00
77	280097	closed	Please call me back on (443)387-3364 after 5pm, thanks Sarah	2024-10-17 02:43:00
78	116487	pending	Coupon code did not apply at checkout. Thanks, Fatima	2024-07-27 22:00:00
79	1954756	closed	survey answer: homosexual. Agent: Nancy	2024-08-22 10:20:00
80	1853699	pending	Coupon code did not apply at checkout. Thanks, Michelle	2024-07-28 03:12:00
81	1190412	closed	Please cancel my subscription at the end of the billing period. Thanks, Sophie	2024-01-01 09:42:00
82	1629969	open	Wrong size delivered, need exchange for size L. Thanks, Agnieszka	2024-09-07 03:45:00
83	243097	closed	Please call me back on +55 11 94832-9124 after 5pm, thanks Yuki	2024-06-12 10:19:00
84	1045560	open	Please cancel my subscription at the end of the billing period. Thanks, Omar	2024-07-12 09:24:00
85	55160	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Sandra	2024-03-19 08:23:00
86	1860726	open	Please cancel my subscription at the end of the billing period. Thanks, Pedro	2024-04-18 20:00:00
87	1320161	pending	Wrong size delivered, need exchange for size L. Thanks, Sven	2024-10-04 11:28:00
88	1448738	closed	Coupon code did not apply at checkout. Thanks, Ashley	2024-04-27 07:04:00
89	1083759	closed	Wrong size delivered, need exchange for size L. Thanks, Sandra	2024-03-28 07:41:00
90	253990	pending	Please cancel my subscription at the end of the billing period. Thanks, Richard	2024-05-15 19:39:00
91	611629	pending	Wrong size delivered, need exchange for size L. Thanks, Elizabeth	2024-06-03 04:57:00
92	1686020	pending	Package arrived damaged, requesting replacement. Thanks, Betty	2024-04-17 01:03:00
93	1014802	pending	Wrong size delivered, need exchange for size L. Thanks, Mary	2024-07-09 17:33:00
94	1946436	pending	free-text field contains 'Buddhist' (flagged for review). Agent: Priya	2024-07-20 17:19:00
95	674761	open	Where is my order? Tracking has not updated for 5 days. Thanks, Sarah	2024-10-07 21:25:00
96	339713	closed	Package arrived damaged, requesting replacement. Thanks, Pedro	2024-08-07 15:34:00
97	1664893	pending	Wrong size delivered, need exchange for size L. Thanks, Lucía	2024-05-16 23:40:00
98	1928350	closed	Wrong size delivered, need exchange for size L. Thanks, Paul	2024-03-03 20:30:00
99	1838773	pending	Customer asked to update email to juergen.zhang+2024@yahoo.com - done	2024-07-23 20:50:00
100	330263	pending	Please cancel my subscription at the end of the billing period. Thanks, Agnieszka	2024-05-19 11:19:00
101	1248545	open	Please cancel my subscription at the end of the billing period. Thanks, Michael	2024-11-15 23:53:00
102	1822144	pending	Package arrived damaged, requesting replacement. Thanks, Michelle	2024-09-15 04:23:00
103	1677507	open	Wrong size delivered, need exchange for size L. Thanks, Jessica	2024-05-21 21:55:00
104	865951	pending	Please cancel my subscription at the end of the billing period. Thanks, Léa	2024-11-08 23:47:00
105	189119	open	Package arrived damaged, requesting replacement. Thanks, David	2024-10-12 03:33:00
106	1657495	open	Please cancel my subscription at the end of the billing period. Thanks, Joseph	2024-10-07 15:17:00
107	1749767	pending	comment=I am Sexual orientation and need assistance. Agent: Jürgen	2024-02-16 20:33:00
108	239458	open	Package arrived damaged, requesting replacement. Thanks, Ana	2024-01-04 10:45:00
109	774309	open	Please cancel my subscription at the end of the billing period. Thanks, Hugo	2024-04-20 19:54:00
110	731566	open	Where is my order? Tracking has not updated for 5 days. Thanks, Carol	2024-12-18 08:06:00
111	1410277	open	Please cancel my subscription at the end of the billing period. Thanks, Chloé	2024-09-26 12:54:00
112	1749088	closed	Package arrived damaged, requesting replacement. Thanks, Noah	2024-10-17 06:04:00
113	1166167	closed	Wrong size delivered, need exchange for size L. Thanks, Ingrid	2024-03-01 21:39:00
114	1559571	pending	Wrong size delivered, need exchange for size L. Thanks, Aisha	2024-08-01 12:49:00
115	1159446	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Robert	2024-11-03 08:49:00
116	778260	closed	Wrong size delivered, need exchange for size L. Thanks, Mary	2024-07-08 19:14:00
117	1372922	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Andrew	2024-08-07 23:55:00
118	810937	open	Where is my order? Tracking has not updated for 5 days. Thanks, Jürgen	2024-08-27 23:35:00
119	1686993	open	Where is my order? Tracking has not updated for 5 days. Thanks, Sophie	2024-07-24 19:55:00
120	1005745	pending	Coupon code did not apply at checkout. Thanks, Carol	2024-04-14 03:11:00
121	320463	pending	Wrong size delivered, need exchange for size L. Thanks, Fatima	2024-12-09 21:59:00
122	1513335	pending	Please call me back on +1 445 586 0174 after 5pm, thanks Donna	2024-07-20 05:06:00
123	372186	open	Where is my order? Tracking has not updated for 5 days. Thanks, Kevin	2024-06-11 21:29:00
124	1692134	pending	HR record updated: employee reported cancer, see attached form. Agent: Daniel	2024-04-28 20:25:00
125	1208339	pending	Please cancel my subscription at the end of the billing period. Thanks, James	2024-03-10 03:39:00
126	293240	pending	Please call me back on +91 99191 10666 after 5pm, thanks Patricia	2024-09-23 10:32:00
127	1659741	pending	Coupon code did not apply at checkout. Thanks, Francesco	2024-12-14 13:16:00
128	387610	closed	survey answer: TRANSGENDER. Agent: Pedro	2024-04-06 21:21:00
129	547371	closed	Wrong size delivered, need exchange for size L. Thanks, Björn	2024-09-05 19:01:00
130	95747	pending	Coupon code did not apply at checkout. Thanks, Priya	2024-12-18 18:57:00
131	973042	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Ingrid	2024-02-25 14:21:00
132	1016628	closed	support ticket: user mentioned Atheist when requesting a refund. Agent: Sophie	2024-01-14 05:12:00
133	1423585	open	free-text field contains 'bipolar disorder' (flagged for review). Agent: Christian	2024-07-18 18:16:00
134	110355	pending	Package arrived damaged, requesting replacement. Thanks, Thomas	2024-11-07 14:41:00
135	1132377	open	survey answer: political opinion. Agent: William	2024-04-18 17:35:00
136	1382929	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Mark	2024-08-16 05:59:00
137	198835	pending	Package arrived damaged, requesting replacement. Thanks, Paul	2024-04-03 16:32:00
138	1249934	open	Package arrived damaged, requesting replacement. Thanks, David	2024-12-15 02:24:00
139	808630	closed	Coupon code did not apply at checkout. Thanks, Hugo	2024-04-17 03:45:00
140	1964792	open	support ticket: user mentioned Mental health when requesting a refund. Agent: Pedro	2024-02-04 15:02:00
141	1307211	open	Package arrived damaged, requesting replacement. Thanks, Karen	2024-06-11 04:57:00
142	581815	pending	Please cancel my subscription at the end of the billing period. Thanks, Chloé	2024-11-09 04:30:00
143	1480179	open	Wrong size delivered, need exchange for size L. Thanks, Robert	2024-11-11 04:53:00
144	230090	closed	free-text field contains 'religion' (flagged for review). Agent: Brian	2024-01-26 04:43:00
145	1908171	pending	Wrong size delivered, need exchange for size L. Thanks, Sofía	2024-03-08 04:50:00
146	817992	open	Please call me back on +31 20 324 8304 after 5pm, thanks Mathéo	2024-02-24 02:40:00
147	861965	closed	Wrong size delivered, need exchange for size L. Thanks, Emily	2024-04-27 20:10:00
148	404361	open	Package arrived damaged, requesting replacement. Thanks, Michelle	2024-01-06 03:51:00
149	889075	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Léa	2024-07-03 15:46:00
150	954432	open	Customer asked to update email to l.silva@wp.pl - done	2024-02-01 20:59:00
151	1246354	open	HR record updated: employee reported union member, see attached form. Agent: Chloé	2024-03-27 09:55:00
152	1046624	pending	Wrong size delivered, need exchange for size L. Thanks, Barbara	2024-06-14 09:58:00
153	1441420	closed	Wrong size delivered, need exchange for size L. Thanks, Margaret	2024-05-17 03:55:00
154	1838246	pending	Please cancel my subscription at the end of the billing period. Thanks, Martín	2024-06-22 16:30:00
155	299496	pending	Package arrived damaged, requesting replacement. Thanks, Priya	2024-04-23 17:20:00
156	1756457	pending	Package arrived damaged, requesting replacement. Thanks, Agnieszka	2024-01-18 14:03:00
157	949923	open	Wrong size delivered, need exchange for size L. Thanks, Charles	2024-03-18 00:54:00
158	1397366	open	Please cancel my subscription at the end of the billing period. Thanks, Camila	2024-05-12 03:38:00
159	668097	pending	Please cancel my subscription at the end of the billing period. Thanks, Lisa	2024-02-17 02:00:00
160	1232516	open	Coupon code did not apply at checkout. Thanks, Emily	2024-05-01 13:20:00
161	1155969	closed	Please cancel my subscription at the end of the billing period. Thanks, Ingrid	2024-05-11 14:02:00
162	260035	closed	Customer asked to update email to c.johansson@bigpond.com.au - done	2024-01-09 15:36:00
163	1918636	open	Where is my order? Tracking has not updated for 5 days. Thanks, Zofia	2024-12-10 15:11:00
164	1663980	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Matthew	2024-11-23 11:14:00
165	1625433	pending	Please call me back on +49 30 26333442 after 5pm, thanks Karen	2024-06-08 17:29:00
166	678833	pending	Please cancel my subscription at the end of the billing period. Thanks, Anthony	2024-06-16 04:17:00
167	1380862	open	Where is my order? Tracking has not updated for 5 days. Thanks, Sophie	2024-06-01 22:52:00
168	1764195	pending	Please cancel my subscription at the end of the billing period. Thanks, Arjun	2024-10-16 17:37:00
169	352197	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Robert	2024-02-26 11:31:00
170	781018	open	Wrong size delivered, need exchange for size L. Thanks, Anthony	2024-07-03 23:37:00
171	247565	pending	Package arrived damaged, requesting replacement. Thanks, James	2024-11-27 09:37:00
172	1737164	pending	Coupon code did not apply at checkout. Thanks, Piotr	2024-03-07 13:06:00
173	773717	open	Coupon code did not apply at checkout. Thanks, Matteo	2024-06-18 12:24:00
174	1588338	pending	Where is my order? Tracking has not updated for 5 days. Thanks, James	2024-04-28 06:20:00
175	1815134	pending	Customer asked to update email to elizabethwagner@proton.me - done	2024-09-16 12:47:00
176	1599742	open	Wrong size delivered, need exchange for size L. Thanks, Patricia	2024-12-16 06:06:00
177	927618	closed	Coupon code did not apply at checkout. Thanks, Camila	2024-12-20 16:34:00
178	1209175	open	Where is my order? Tracking has not updated for 5 days. Thanks, Lukas	2024-02-21 23:50:00
179	394849	closed	Wrong size delivered, need exchange for size L. Thanks, Anthony	2024-06-16 15:41:00
180	1617034	closed	Coupon code did not apply at checkout. Thanks, Chloé	2024-12-19 19:41:00
181	746528	closed	Coupon code did not apply at checkout. Thanks, Chloé	2024-08-09 07:44:00
182	1708483	open	Please cancel my subscription at the end of the billing period. Thanks, Sofía	2024-11-10 05:52:00
183	1601744	pending	Package arrived damaged, requesting replacement. Thanks, Anthony	2024-01-10 23:33:00
184	890329	open	survey answer: Alzheimer's. Agent: Jessica	2024-07-17 05:52:00
185	1922983	closed	Please call me back on 415.402.0277 after 5pm, thanks Mark	2024-06-05 19:42:00
186	1020183	open	support ticket: user mentioned tuberculosis when requesting a refund. Agent: Robert	2024-03-11 01:26:00
187	176613	open	Package arrived damaged, requesting replacement. Thanks, Francesco	2024-11-15 10:31:00
188	1325684	open	Patient intake: Muslim noted by clinician. Agent: James	2024-10-25 15:00:00
189	560612	pending	survey answer: hepatitis. Agent: Hiroshi	2024-07-13 06:44:00
190	1524631	pending	Please cancel my subscription at the end of the billing period. Thanks, Steven	2024-04-11 11:01:00
191	624969	pending	Package arrived damaged, requesting replacement. Thanks, Daniel	2024-05-19 22:36:00
192	841678	open	Where is my order? Tracking has not updated for 5 days. Thanks, William	2024-11-05 01:50:00
193	472193	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Kevin	2024-11-16 12:54:00
194	1795141	closed	Package arrived damaged, requesting replacement. Thanks, Michael	2024-08-09 21:42:00
195	292788	open	Please call me back on +44 20 5850 0579 after 5pm, thanks James	2024-09-10 09:07:00
196	1554190	closed	Coupon code did not apply at checkout. Thanks, Priya	2024-04-17 07:28:00
197	576264	open	Coupon code did not apply at checkout. Thanks, Anthony	2024-01-07 18:07:00
198	495167	closed	Patient intake: political opinion noted by clinician. Agent: Omar	2024-03-23 09:18:00
199	693661	open	Please cancel my subscription at the end of the billing period. Thanks, Michael	2024-02-05 13:28:00
200	1170948	pending	Customer asked to update email to juergen_meyer@hotmail.co.uk - done	2024-06-15 23:11:00
201	1681190	open	comment=I am Miscarriage and need assistance. Agent: Karen	2024-01-13 04:51:00
202	1040785	pending	free-text field contains 'Hindu' (flagged for review). Agent: Steven	2024-07-10 09:32:00
203	1833476	closed	Wrong size delivered, need exchange for size L. Thanks, Chloé	2024-10-09 00:28:00
204	1412729	pending	Please cancel my subscription at the end of the billing period. Thanks, Christian	2024-10-16 07:06:00
205	1697941	open	Wrong size delivered, need exchange for size L. Thanks, Sophie	2024-12-22 13:00:00
206	1502560	closed	Wrong size delivered, need exchange for size L. Thanks, Omar	2024-11-14 08:07:00
207	1462019	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Michelle	2024-10-10 09:44:00
208	1121829	closed	Coupon code did not apply at checkout. Thanks, Michael	2024-12-23 19:35:00
209	681259	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Jürgen	2024-03-17 10:31:00
210	1520372	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Lucía	2024-12-14 06:39:00
211	304310	open	Please cancel my subscription at the end of the billing period. Thanks, Emma	2024-02-14 00:25:00
212	1106297	open	Coupon code did not apply at checkout. Thanks, Liam	2024-01-20 16:16:00
213	1566648	pending	Wrong size delivered, need exchange for size L. Thanks, Emily	2024-09-27 13:35:00
214	1687087	pending	Wrong size delivered, need exchange for size L. Thanks, Jürgen	2024-04-18 07:33:00
215	11892	closed	Coupon code did not apply at checkout. Thanks, Lukas	2024-04-22 12:49:00
216	513904	closed	Please cancel my subscription at the end of the billing period. Thanks, Linda	2024-08-03 21:02:00
217	107282	closed	Wrong size delivered, need exchange for size L. Thanks, Sofía	2024-10-22 08:29:00
218	1130071	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Robert	2024-06-26 18:50:00
219	1243500	pending	Wrong size delivered, need exchange for size L. Thanks, Hiroshi	2024-08-01 06:27:00
220	162653	closed	Please call me back on +1 (578) 240-5350 after 5pm, thanks Barbara	2024-10-06 05:42:00
221	1289218	pending	free-text field contains 'Political affiliation' (flagged for review). Agent: João	2024-05-15 13:46:00
222	798962	pending	Package arrived damaged, requesting replacement. Thanks, Omar	2024-04-24 21:33:00
223	744577	closed	Wrong size delivered, need exchange for size L. Thanks, Anna	2024-05-16 15:36:00
224	596351	closed	Package arrived damaged, requesting replacement. Thanks, David	2024-05-01 06:31:00
225	1797869	closed	Package arrived damaged, requesting replacement. Thanks, Ana	2024-12-24 02:45:00
226	1903144	closed	Wrong size delivered, need exchange for size L. Thanks, Steven	2024-05-20 09:16:00
227	1826589	open	comment=I am anxiety disorder and need assistance. Agent: Nancy	2024-11-17 06:45:00
228	1609160	closed	Package arrived damaged, requesting replacement. Thanks, Pedro	2024-05-12 01:15:00
229	1185563	pending	Please cancel my subscription at the end of the billing period. Thanks, Anthony	2024-09-13 18:59:00
230	1251921	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Steven	2024-10-06 16:32:00
231	1994108	closed	Package arrived damaged, requesting replacement. Thanks, Łukasz	2024-07-28 09:30:00
232	1217932	closed	Package arrived damaged, requesting replacement. Thanks, Mark	2024-10-18 23:41:00
233	223630	pending	Coupon code did not apply at checkout. Thanks, Łukasz	2024-04-04 02:56:00
234	1824165	pending	Please cancel my subscription at the end of the billing period. Thanks, Wei	2024-04-25 08:32:00
235	190533	closed	Coupon code did not apply at checkout. Thanks, Barbara	2024-03-07 15:31:00
236	1920506	pending	Coupon code did not apply at checkout. Thanks, Jennifer	2024-10-03 02:19:00
237	1492424	closed	Coupon code did not apply at checkout. Thanks, Arjun	2024-07-26 13:47:00
238	1194898	pending	Package arrived damaged, requesting replacement. Thanks, Pedro	2024-05-03 04:33:00
239	212042	closed	Where is my order? Tracking has not updated for 5 days. Thanks, John	2024-08-08 02:49:00
240	407119	open	Customer asked to update email to s.williams@hotmail.co.uk - done	2024-10-25 11:54:00
241	1310088	pending	Please cancel my subscription at the end of the billing period. Thanks, Agnieszka	2024-08-25 04:45:00
242	173185	open	Package arrived damaged, requesting replacement. Thanks, Joseph	2024-08-20 09:02:00
243	346204	open	Coupon code did not apply at checkout. Thanks, Joseph	2024-04-23 04:58:00
244	671694	closed	Please cancel my subscription at the end of the billing period. Thanks, Charles	2024-09-25 10:48:00
245	491341	closed	Coupon code did not apply at checkout. Thanks, Matteo	2024-07-13 10:27:00
246	1582209	pending	Package arrived damaged, requesting replacement. Thanks, Yuki	2024-04-19 14:58:00
247	1232679	open	Coupon code did not apply at checkout. Thanks, Giulia	2024-09-03 22:38:00
248	645063	open	Wrong size delivered, need exchange for size L. Thanks, Mary	2024-09-18 07:03:00
249	1144643	pending	Package arrived damaged, requesting replacement. Thanks, Emily	2024-06-02 06:56:00
250	1854374	pending	Please cancel my subscription at the end of the billing period. Thanks, Sarah	2024-06-05 23:08:00
251	397727	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Ashley	2024-05-11 02:03:00
252	1559303	closed	survey answer: MENTAL HEALTH. Agent: Chiara	2024-10-02 06:31:00
253	1868775	open	Where is my order? Tracking has not updated for 5 days. Thanks, Betty	2024-05-23 05:21:00
254	853722	closed	Package arrived damaged, requesting replacement. Thanks, Robert	2024-03-17 04:46:00
255	751091	open	Wrong size delivered, need exchange for size L. Thanks, José	2024-04-02 08:58:00
256	1864647	open	Coupon code did not apply at checkout. Thanks, Daniel	2024-11-02 16:14:00
257	1073707	open	HR record updated: employee reported psychiatric, see attached form. Agent: Margaret	2024-05-10 08:14:00
258	365735	open	Coupon code did not apply at checkout. Thanks, Anthony	2024-07-08 16:00:00
259	437536	closed	Please cancel my subscription at the end of the billing period. Thanks, John	2024-07-07 12:52:00
260	1636417	open	Package arrived damaged, requesting replacement. Thanks, Kevin	2024-07-17 15:48:00
261	459291	open	Please call me back on +44 20 3708 5794 after 5pm, thanks Jessica	2024-10-09 22:26:00
262	1869606	pending	Coupon code did not apply at checkout. Thanks, Olivia	2024-01-17 06:29:00
263	833869	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Matteo	2024-06-20 17:52:00
264	1789777	open	Wrong size delivered, need exchange for size L. Thanks, Mary	2024-05-21 01:32:00
265	871361	open	Please call me back on (799)752-8929 after 5pm, thanks Arjun	2024-05-24 02:36:00
266	1340159	closed	Coupon code did not apply at checkout. Thanks, Donna	2024-05-16 22:07:00
267	545912	pending	Please cancel my subscription at the end of the billing period. Thanks, Sophie	2024-04-04 00:38:00
268	1787719	open	Package arrived damaged, requesting replacement. Thanks, Christian	2024-12-03 16:06:00
269	38924	pending	Package arrived damaged, requesting replacement. Thanks, Camila	2024-04-04 21:48:00
270	1160810	open	Where is my order? Tracking has not updated for 5 days. Thanks, Ingrid	2024-06-09 05:29:00
271	293784	open	Where is my order? Tracking has not updated for 5 days. Thanks, Joseph	2024-11-24 05:28:00
272	989444	open	Please cancel my subscription at the end of the billing period. Thanks, Noah	2024-01-14 03:55:00
273	213329	open	Customer asked to update email to thomas.lopez+2024@orange.fr - done	2024-02-05 22:56:00
274	672956	pending	Package arrived damaged, requesting replacement. Thanks, Hugo	2024-04-11 12:49:00
275	83549	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Carol	2024-03-21 10:33:00
276	1323689	pending	Package arrived damaged, requesting replacement. Thanks, Lisa	2024-02-26 22:12:00
277	1527158	pending	Wrong size delivered, need exchange for size L. Thanks, Hugo	2024-06-26 21:22:00
278	1511900	open	survey answer: miscarriage. Agent: Sandra	2024-08-19 21:12:00
279	370090	closed	Wrong size delivered, need exchange for size L. Thanks, Elizabeth	2024-11-01 12:18:00
280	28101	pending	Coupon code did not apply at checkout. Thanks, Olivia	2024-08-16 04:00:00
281	1499528	closed	Wrong size delivered, need exchange for size L. Thanks, Thomas	2024-05-06 01:04:00
282	1957861	open	Customer asked to update email to william58@outlook.com - done	2024-06-23 15:08:00
283	1179932	open	Please cancel my subscription at the end of the billing period. Thanks, Sandra	2024-05-28 05:25:00
284	1440927	closed	Please call me back on +4915337430303 after 5pm, thanks Martín	2024-07-11 09:56:00
285	608376	open	Please cancel my subscription at the end of the billing period. Thanks, Matteo	2024-08-25 07:33:00
286	1093850	closed	Wrong size delivered, need exchange for size L. Thanks, Olivia	2024-06-23 17:23:00
287	328157	closed	support ticket: user mentioned diagnosed with when requesting a refund. Agent: Anthony	2024-01-07 14:21:00
288	1917645	open	Package arrived damaged, requesting replacement. Thanks, Linda	2024-08-02 23:39:00
289	1631369	open	Customer asked to update email to dubois.olivia1988@web.de - done	2024-08-03 08:50:00
290	532741	open	Please call me back on +33 4 92 00 37 16 after 5pm, thanks Noah	2024-12-01 18:57:00
291	1079071	pending	Coupon code did not apply at checkout. Thanks, Fatima	2024-04-24 03:35:00
292	1482817	closed	Please cancel my subscription at the end of the billing period. Thanks, Mathéo	2024-06-18 16:20:00
293	1575691	closed	free-text field contains 'anxiety disorder' (flagged for review). Agent: João	2024-03-03 10:45:00
294	1876675	open	Please cancel my subscription at the end of the billing period. Thanks, Anna	2024-04-15 10:13:00
295	1779378	closed	Please call me back on +81 3-9235-8230 after 5pm, thanks Joseph	2024-01-04 06:34:00
296	206427	closed	Wrong size delivered, need exchange for size L. Thanks, Betty	2024-11-14 06:13:00
297	1749370	pending	Where is my order? Tracking has not updated for 5 days. Thanks, Chiara	2024-04-15 06:00:00
298	1222575	pending	Coupon code did not apply at checkout. Thanks, Emma	2024-01-26 16:51:00
299	261865	pending	Wrong size delivered, need exchange for size L. Thanks, Joseph	2024-08-02 07:48:00
300	1143262	open	Please call me back on +61 2 4049 0783 after 5pm, thanks Sven	2024-06-10 04:26:00
301	1798580	open	Customer asked to update email to anna.oliveira@gmail.com - done	2024-07-20 08:53:00
302	433220	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Priya	2024-11-18 02:42:00
303	970769	pending	Please cancel my subscription at the end of the billing period. Thanks, Jürgen	2024-06-10 23:57:00
304	15102	open	HR record updated: employee reported Political party, see attached form. Agent: Zofia	2024-06-14 12:51:00
305	1437834	closed	Wrong size delivered, need exchange for size L. Thanks, Giulia	2024-09-01 18:56:00
306	446258	closed	Wrong size delivered, need exchange for size L. Thanks, Léa	2024-05-08 12:30:00
307	1457260	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Carol	2024-12-04 22:13:00
308	1047823	closed	Package arrived damaged, requesting replacement. Thanks, Giulia	2024-02-26 23:22:00
309	1582742	closed	Customer asked to update email to danielsharma@students.example.edu - done	2024-10-26 01:41:00
310	468301	pending	Coupon code did not apply at checkout. Thanks, Charles	2024-06-17 21:04:00
311	851002	pending	Please cancel my subscription at the end of the billing period. Thanks, Sophie	2024-01-14 01:00:00
312	133844	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Karen	2024-02-24 03:01:00
313	1708803	open	Wrong size delivered, need exchange for size L. Thanks, Aisha	2024-07-02 13:52:00
314	768259	pending	Wrong size delivered, need exchange for size L. Thanks, Anthony	2024-08-04 08:01:00
315	577066	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Hiroshi	2024-11-08 14:08:00
316	1281414	pending	Wrong size delivered, need exchange for size L. Thanks, Matthew	2024-05-16 16:23:00
317	1452734	open	comment=I am Addiction and need assistance. Agent: Michael	2024-05-27 22:12:00
318	1642510	open	Package arrived damaged, requesting replacement. Thanks, Christian	2024-06-06 02:34:00
319	1804871	pending	Package arrived damaged, requesting replacement. Thanks, Sandra	2024-04-06 07:55:00
320	1057302	open	Please cancel my subscription at the end of the billing period. Thanks, Aisha	2024-03-15 02:15:00
321	197625	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Emma	2024-07-03 20:18:00
322	818675	pending	Wrong size delivered, need exchange for size L. Thanks, Daniel	2024-09-27 08:02:00
323	411248	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Margaret	2024-03-05 07:20:00
324	1825710	pending	Please cancel my subscription at the end of the billing period. Thanks, Karen	2024-10-21 19:46:00
325	1706333	closed	Package arrived damaged, requesting replacement. Thanks, Sophie	2024-11-02 10:47:00
326	1098050	closed	Please cancel my subscription at the end of the billing period. Thanks, Anna	2024-10-14 05:32:00
327	1940020	pending	Please call me back on (598) 293-2042 after 5pm, thanks Omar	2024-06-07 13:25:00
328	739245	open	Please cancel my subscription at the end of the billing period. Thanks, Zofia	2024-03-26 09:03:00
329	1552915	pending	Please call me back on 504.509.3612 after 5pm, thanks Karen	2024-02-15 23:58:00
330	63668	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Lucía	2024-01-28 17:41:00
331	1691725	closed	Customer note: caller said she is Buddhist and asked to pause deliveries. Agent: Ingrid	2024-09-26 19:02:00
332	735523	closed	Please call me back on +81 3-9928-2023 after 5pm, thanks Jennifer	2024-08-16 03:21:00
333	1279018	open	Please cancel my subscription at the end of the billing period. Thanks, Sofía	2024-02-08 01:37:00
334	52146	open	Customer asked to update email to elizabethmueller@example.org - done	2024-09-23 08:28:00
335	1281443	open	Package arrived damaged, requesting replacement. Thanks, José	2024-04-25 07:20:00
336	619948	pending	Please call me back on +1 391 744 7019 after 5pm, thanks Francesco	2024-11-24 09:35:00
337	1390073	closed	Customer asked to update email to clark.sven1973@students.example.edu - done	2024-04-10 07:04:00
338	144720	open	Please cancel my subscription at the end of the billing period. Thanks, Hiroshi	2024-03-19 02:21:00
339	1629880	open	Coupon code did not apply at checkout. Thanks, Mathéo	2024-08-17 09:22:00
340	701633	closed	Package arrived damaged, requesting replacement. Thanks, Ashley	2024-01-07 00:21:00
341	99861	pending	Please cancel my subscription at the end of the billing period. Thanks, Robert	2024-12-16 07:57:00
342	1045886	pending	Wrong size delivered, need exchange for size L. Thanks, Barbara	2024-01-12 14:52:00
343	1327121	open	Wrong size delivered, need exchange for size L. Thanks, Michael	2024-04-15 12:10:00
344	119411	closed	Coupon code did not apply at checkout. Thanks, David	2024-08-04 19:44:00
345	664178	open	Wrong size delivered, need exchange for size L. Thanks, Carol	2024-01-02 04:13:00
346	327034	open	Please cancel my subscription at the end of the billing period. Thanks, Brian	2024-06-09 19:14:00
347	124729	open	Coupon code did not apply at checkout. Thanks, Mathéo	2024-08-04 23:57:00
348	572925	closed	Coupon code did not apply at checkout. Thanks, Mary	2024-07-10 08:36:00
349	943261	pending	Coupon code did not apply at checkout. Thanks, Chiara	2024-04-24 13:36:00
350	1306545	pending	Coupon code did not apply at checkout. Thanks, Piotr	2024-05-13 00:16:00
351	113349	open	Coupon code did not apply at checkout. Thanks, Robert	2024-12-02 12:55:00
352	51778	pending	Please call me back on (943) 990-3475 after 5pm, thanks Giulia	2024-05-25 11:13:00
353	979686	open	Customer asked to update email to ana.jones@students.example.edu - done	2024-10-18 11:50:00
354	1024835	open	Coupon code did not apply at checkout. Thanks, Łukasz	2024-03-17 02:42:00
355	1569200	open	Package arrived damaged, requesting replacement. Thanks, Łukasz	2024-03-16 04:46:00
356	719415	open	Coupon code did not apply at checkout. Thanks, Carol	2024-08-08 19:12:00
357	748250	closed	Package arrived damaged, requesting replacement. Thanks, Joseph	2024-05-23 02:13:00
358	1988598	closed	Please cancel my subscription at the end of the billing period. Thanks, Hugo	2024-02-16 18:40:00
359	175815	open	Coupon code did not apply at checkout. Thanks, Brian	2024-09-25 13:59:00
360	1917112	closed	free-text field contains 'pregnancy' (flagged for review). Agent: Pedro	2024-10-04 11:49:00
361	731244	open	Package arrived damaged, requesting replacement. Thanks, Liam	2024-10-11 22:07:00
362	319267	closed	Package arrived damaged, requesting replacement. Thanks, João	2024-02-28 07:44:00
363	1893466	closed	Where is my order? Tracking has not updated for 5 days. Thanks, Patricia	2024-09-10 06:27:00
364	1381086	pending	Patient intake: Miscarriage noted by clinician. Agent: Liam	2024-01-06 11:38:00
365	1260376	closed	Coupon code did not apply at checkout. Thanks, Margaret	2024-12-02 23:47:00
366	923959	pending	Coupon code did not apply at checkout. Thanks, Martín	2024-08-02 07:27:00
367	620812	pending	Please call me back on +4915893755608 after 5pm, thanks Sofía	2024-06-06 03:24:00
368	1097587	pending	Package arrived damaged, requesting replacement. Thanks, Betty	2024-01-25 07:57:00
369	1890306	pending	Customer asked to update email to andrew.jackson+news@web.de - done	2024-06-27 17:27:00
370	139704	pending	Coupon code did not apply at checkout. Thanks, Emily	2024-02-22 16:23:00
371	1712975	closed	Package arrived damaged, requesting replacement. Thanks, Giulia	2024-03-25 05:50:00
372	1771684	closed	Wrong size delivered, need exchange for size L. Thanks, Åsa	2024-04-12 13:49:00
373	1634679	open	Wrong size delivered, need exchange for size L. Thanks, Joseph	2024-02-15 15:01:00
374	314971	open	Please cancel my subscription at the end of the billing period. Thanks, Piotr	2024-05-28 02:37:00
375	1623923	closed	Package arrived damaged, requesting replacement. Thanks, João	2024-12-13 14:54:00
376	1482176	open	Package arrived damaged, requesting replacement. Thanks, Paul	2024-12-08 10:20:00
377	42232	open	Package arrived damaged, requesting replacement. Thanks, Ana	2024-12-11 19:43:00
378	1587458	closed	Coupon code did not apply at checkout. Thanks, Omar	2024-08-09 11:39:00
379	465396	open	Please cancel my subscription at the end of the billing period. Thanks, Paul	2024-08-22 09:24:00
380	1155203	open	support ticket: user mentioned rehab when requesting a refund. Agent: Margaret	2024-07-17 13:45:00
381	527276	open	Please cancel my subscription at the end of the billing period. Thanks, Kevin	2024-08-14 19:11:00
382	1426875	open	Coupon code did not apply at checkout. Thanks, Hugo	2024-11-28 01:52:00
383	1813749	open	Coupon code did not apply at checkout. Thanks, Sofía	2024-06-13 12:22:00
384	739688	closed	Please cancel my subscription at the end of the billing period. Thanks, Fatima	2024-07-23 04:40:00
385	231763	open	Customer note: caller said she is anxiety disorder and asked to pause deliveries. Agent: Ana	2024-01-18 02:35:00
386	379677	pending	Please cancel my subscription at the end of the billing period. Thanks, Fatima	2024-07-11 16:44:00
387	1890518	closed	Wrong size delivered, need exchange for size L. Thanks, Michelle	2024-05-01 17:04:00
388	382726	closed	support ticket: user mentioned DNA sample when requesting a refund. Agent: Anna	2024-01-18 16:33:00
389	1974281	pending	Please cancel my subscription at the end of the billing period. Thanks, Sandra	2024-08-10 12:52:00
390	921601	pending	Please cancel my subscription at the end of the billing period. Thanks, Åsa	2024-12-23 09:59:00
391	151379	pending	Wrong size delivered, need exchange for size L. Thanks, Aisha	2024-06-19 16:09:00
392	712372	closed	Coupon code did not apply at checkout. Thanks, Emma	2024-12-15 21:58:00
393	59445	closed	Coupon code did not apply at checkout. Thanks, Agnieszka	2024-11-16 16:37:00
394	284545	closed	Please cancel my subscription at the end of the billing period. Thanks, Anthony	2024-07-11 17:04:00
395	635250	open	Coupon code did not apply at checkout. Thanks, Jürgen	2024-11-27 21:47:00
396	74611	pending	Package arrived damaged, requesting replacement. Thanks, Kevin	2024-11-22 06:50:00
397	877107	pending	Package arrived damaged, requesting replacement. Thanks, Paul	2024-07-04 07:58:00
398	140764	pending	Wrong size delivered, need exchange for size L. Thanks, Betty	2024-02-16 05:10:00
399	975112	closed	Wrong size delivered, need exchange for size L. Thanks, Margaret	2024-02-12 11:08:00
400	1517921	pending	Wrong size delivered, need exchange for size L. Thanks, Mark	2024-03-10 11:51:00
\.
