/** An XDR file using every construct the generator supports, for the codegen tests. */
export const SAMPLE_XDR = `
%#include "sample.h"
const SMALL = 3;
const UUID_LEN = 0x10;
const MODE = 0644;
const NEGATIVE = -5;

enum color { COLOR_RED = 0, COLOR_GREEN = 1, COLOR_BLUE = 2 };
enum sparse { SPARSE_LOW = -1, SPARSE_HIGH = 5, SPARSE_NEXT };

typedef string name_t<8>;
typedef name_t *maybe_name;
typedef opaque uuid_t[UUID_LEN];
typedef int triple[SMALL];
typedef unsigned hyper counters<SMALL>;
typedef point point_alias;

struct point { int x; int y; };

struct everything {
  int i; unsigned u; unsigned int u2; hyper h; unsigned hyper uh; float f; double d; bool flag;
  char c; unsigned char uc; short s; unsigned short us;
  string text<>; string bounded<4>; opaque fixed[3]; opaque blob<5>; opaque any<>;
  point pts<2>; point corners[2]; point *origin; color shade; color shades<>; sparse level;
  char label[4]; char tag<3>; name_t names<2>; maybe_name nick; uuid_t id;
  triple trio; counters counts; triple trios<2>; point_alias alias; maybe_name nicks<2>;
  int new; int field;
};

union shape switch (color kind) {
  case COLOR_RED: point p;
  case COLOR_GREEN:
  case COLOR_BLUE: void;
};

union num switch (int type) {
  case 1: int i;
  case 2: hyper h;
  case 3: point pts<2>;
  default: string other<4>;
};

union flagged switch (bool set) { case TRUE: int value; case FALSE: void; };
union some_colors switch (color c) { case COLOR_RED: int r; default: triple rest; };
union wide switch (unsigned int d) { case 0: void; case 0xffffffff: int max; };

struct node { int value; node *next; };
struct holder { shape s; num n; flagged f; some_colors sc; wide w; node *list; };
`;
