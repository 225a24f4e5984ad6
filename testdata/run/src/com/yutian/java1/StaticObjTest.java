// Seed demo from /work/shared/seeds/001_fd6ca3baa2882d4c.txt, section 6 (《深入理解Java虚拟机》
// 中的案例): where staticObj, instanceObj and localObj live; the notes inspect them with a
// debugger (HSDB). Changes: none (package kept as in the notes); it prints "done".
package com.yutian.java1;

public class StaticObjTest {
    static class Test {
        static ObjectHolder staticObj = new ObjectHolder();
        ObjectHolder instanceObj = new ObjectHolder();

        void foo() {
            ObjectHolder localObj = new ObjectHolder();
            System.out.println("done");
        }
    }

    private static class ObjectHolder {
    }

    public static void main(String[] args) {
        Test test = new StaticObjTest.Test();
        test.foo();
    }
}
