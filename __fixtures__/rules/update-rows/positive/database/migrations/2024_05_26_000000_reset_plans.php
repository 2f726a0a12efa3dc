<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        DB::table('users')->update(['plan' => 'free']); // mg:expect
        DB::table('users') // mg:expect
            ->where('plan', 'trial')
            ->update(['plan' => 'free']);
    }

    public function down(): void
    {
        //
    }
};
